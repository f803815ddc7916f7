using OutlookAnywhere.Transforms;

return TransformTool.Run(args, Console.Out, Console.Error);

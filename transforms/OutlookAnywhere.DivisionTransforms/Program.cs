using OutlookAnywhere.DivisionTransforms;

return TransformTool.Run(args, Console.Out, Console.Error);

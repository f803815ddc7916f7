namespace OutlookAnywhere.Logic;

/// <summary>The Exchange Server release installed on this computer, as far as the registry shows.</summary>
public enum ExchangeVersion { None, Exchange2003, Exchange2007, Exchange2010, Exchange2013OrLater }

/// <summary>An Exchange release and its service pack (2003-2010) or minor version (15.x), spelled one way everywhere.</summary>
public sealed record ExchangeRelease(ExchangeVersion Version, int ServicePack)
{
    public override string ToString() => Version switch
    {
        ExchangeVersion.None => "no Exchange Server",
        ExchangeVersion.Exchange2003 => $"Exchange 2003 SP{ServicePack}",
        ExchangeVersion.Exchange2007 => $"Exchange 2007 SP{ServicePack}",
        ExchangeVersion.Exchange2010 => $"Exchange 2010 SP{ServicePack}",
        _ => ServicePack switch
        {
            0 => "Exchange 2013 (15.0)",
            1 => "Exchange 2016 (15.1)",
            2 => "Exchange 2019 or Subscription Edition (15.2)",
            _ => $"Exchange 15.{ServicePack}",
        },
    };
}

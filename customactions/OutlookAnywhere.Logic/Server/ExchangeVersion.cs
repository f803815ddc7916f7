namespace OutlookAnywhere.Logic;

/// <summary>The Exchange Server release installed on this computer, as far as the registry shows.</summary>
public enum ExchangeVersion { None, Exchange2003, Exchange2007, Exchange2010, Exchange2013OrLater }

using System.Globalization;
using System.Text;
using System.Xml;

namespace OutlookAnywhere.Release;

/// <summary>
/// IntuneWinPackage/Metadata/Detection.xml: the ApplicationInfo document Intune reads when the .intunewin is uploaded
/// (names, sizes, the keys to decrypt the content, and MsiInfo). Element names and order follow IntuneWinAppUtil.
/// </summary>
public static class DetectionXml
{
    /// <summary>The IntuneWinAppUtil version whose Detection.xml layout this follows.</summary>
    public const string ToolVersion = "1.8.4.0";
    public const string EncryptedFileName = "IntunePackage.intunewin";

    public static byte[] Write(string name, string setupFile, long unencryptedContentSize, IntuneEncryptionInfo encryption, IntuneMsiInfo msi)
    {
        var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true, Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartElement("ApplicationInfo");
            xml.WriteAttributeString("xmlns", "xsd", null, "http://www.w3.org/2001/XMLSchema");
            xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            xml.WriteAttributeString("ToolVersion", ToolVersion);
            xml.WriteElementString("Name", name);
            xml.WriteElementString("UnencryptedContentSize", unencryptedContentSize.ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("FileName", EncryptedFileName);
            xml.WriteElementString("SetupFile", setupFile);

            xml.WriteStartElement("EncryptionInfo");
            xml.WriteElementString("EncryptionKey", Convert.ToBase64String(encryption.EncryptionKey));
            xml.WriteElementString("MacKey", Convert.ToBase64String(encryption.MacKey));
            xml.WriteElementString("InitializationVector", Convert.ToBase64String(encryption.InitializationVector));
            xml.WriteElementString("Mac", Convert.ToBase64String(encryption.Mac));
            xml.WriteElementString("ProfileIdentifier", IntuneEncryptionInfo.ProfileIdentifier);
            xml.WriteElementString("FileDigest", Convert.ToBase64String(encryption.FileDigest));
            xml.WriteElementString("FileDigestAlgorithm", IntuneEncryptionInfo.FileDigestAlgorithm);
            xml.WriteEndElement();

            xml.WriteStartElement("MsiInfo");
            xml.WriteElementString("MsiProductCode", msi.ProductCode);
            xml.WriteElementString("MsiProductVersion", msi.ProductVersion);
            xml.WriteElementString("MsiPackageCode", msi.PackageCode);
            xml.WriteElementString("MsiUpgradeCode", msi.UpgradeCode);
            xml.WriteElementString("MsiExecutionContext", msi.ExecutionContext.ToString());
            xml.WriteElementString("MsiRequiresLogon", Bool(msi.RequiresLogon));
            xml.WriteElementString("MsiRequiresReboot", Bool(msi.RequiresReboot));
            xml.WriteElementString("MsiIsMachineInstall", Bool(msi.IsMachineInstall));
            xml.WriteElementString("MsiIsUserInstall", Bool(msi.IsUserInstall));
            xml.WriteElementString("MsiIncludesServices", Bool(msi.IncludesServices));
            xml.WriteElementString("MsiIncludesODBCDataSource", Bool(msi.IncludesOdbcDataSource));
            xml.WriteElementString("MsiContainsSystemRegistryKeys", Bool(msi.ContainsSystemRegistryKeys));
            xml.WriteElementString("MsiContainsSystemFolders", Bool(msi.ContainsSystemFolders));
            xml.WriteElementString("MsiPublisher", msi.Publisher);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return buffer.ToArray();
    }

    private static string Bool(bool value) => value ? "true" : "false";
}

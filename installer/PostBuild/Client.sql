-- Tables and columns wixl cannot author for the client package (docs/TOOLCHAIN.md §1). One statement per line;
-- the packaging tool applies them with msibuild right after wixl, before the lint. Nothing else edits a package.
-- $(var.Name) is the platform's value (x86 or x64 build; PackagePlatform.Variables), $(var.Name + N) adds N to it.

-- The PRF is written by the IniFile table (rows in the generated block below, in ProfileFile.Render's order).
CREATE TABLE `IniFile` (`IniFile` CHAR(72) NOT NULL, `FileName` CHAR(255) NOT NULL LOCALIZABLE, `DirProperty` CHAR(72), `Section` CHAR(96) NOT NULL LOCALIZABLE, `Key` CHAR(128) NOT NULL LOCALIZABLE, `Value` CHAR(255) NOT NULL LOCALIZABLE, `Action` SHORT NOT NULL, `Component_` CHAR(72) NOT NULL PRIMARY KEY `IniFile`)
-- wixl schedules no IniFile actions: standard sequence numbers (RemoveIniValues before RemoveFiles 3500, WriteIniValues after InstallFiles 4000).
INSERT INTO `InstallExecuteSequence` (`Action`, `Sequence`) VALUES ('RemoveIniValues', 3100)
INSERT INTO `InstallExecuteSequence` (`Action`, `Sequence`) VALUES ('WriteIniValues', 5100)
-- RemoveIniValues deletes our lines but leaves the file: InstallMode 2 deletes the file on uninstall (also the old
-- version's, during a major upgrade, before the new one writes it). Not on install: a per-user Active Setup repair must
-- never be able to delete the PRF without rewriting it.
-- (wixl always creates the RemoveFile table, empty.)
INSERT INTO `RemoveFile` (`FileKey`, `Component_`, `FileName`, `DirProperty`, `InstallMode`) VALUES ('OaRemoveProfileFile', 'ProfileFile', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 2)

-- Outlook's first-run flags: deleted (when the version's component is installed) so that Outlook reads ImportPRF at its
-- next start. RemoveRegistry acts on install only: uninstall leaves FirstRun alone (docs/DOMAIN.md §2.4). Root 1 = HKCU.
CREATE TABLE `RemoveRegistry` (`RemoveRegistry` CHAR(72) NOT NULL, `Root` SHORT NOT NULL, `Key` CHAR(255) NOT NULL LOCALIZABLE, `Name` CHAR(255) LOCALIZABLE, `Component_` CHAR(72) NOT NULL PRIMARY KEY `RemoveRegistry`)
INSERT INTO `RemoveRegistry` (`RemoveRegistry`, `Root`, `Key`, `Name`, `Component_`) VALUES ('OaFirstRun10', 1, 'Software\Microsoft\Office\10.0\Outlook\Setup', 'FirstRun', 'Outlook10Profile')
INSERT INTO `RemoveRegistry` (`RemoveRegistry`, `Root`, `Key`, `Name`, `Component_`) VALUES ('OaFirstRunDash10', 1, 'Software\Microsoft\Office\10.0\Outlook\Setup', 'First-Run', 'Outlook10Profile')
INSERT INTO `RemoveRegistry` (`RemoveRegistry`, `Root`, `Key`, `Name`, `Component_`) VALUES ('OaFirstRun11', 1, 'Software\Microsoft\Office\11.0\Outlook\Setup', 'FirstRun', 'Outlook11Profile')
INSERT INTO `RemoveRegistry` (`RemoveRegistry`, `Root`, `Key`, `Name`, `Component_`) VALUES ('OaFirstRunDash11', 1, 'Software\Microsoft\Office\11.0\Outlook\Setup', 'First-Run', 'Outlook11Profile')
INSERT INTO `RemoveRegistry` (`RemoveRegistry`, `Root`, `Key`, `Name`, `Component_`) VALUES ('OaFirstRun12', 1, 'Software\Microsoft\Office\12.0\Outlook\Setup', 'FirstRun', 'Outlook12Profile')
INSERT INTO `RemoveRegistry` (`RemoveRegistry`, `Root`, `Key`, `Name`, `Component_`) VALUES ('OaFirstRunDash12', 1, 'Software\Microsoft\Office\12.0\Outlook\Setup', 'First-Run', 'Outlook12Profile')
INSERT INTO `RemoveRegistry` (`RemoveRegistry`, `Root`, `Key`, `Name`, `Component_`) VALUES ('OaFirstRun14', 1, 'Software\Microsoft\Office\14.0\Outlook\Setup', 'FirstRun', 'Outlook14Profile')
INSERT INTO `RemoveRegistry` (`RemoveRegistry`, `Root`, `Key`, `Name`, `Component_`) VALUES ('OaFirstRunDash14', 1, 'Software\Microsoft\Office\14.0\Outlook\Setup', 'First-Run', 'Outlook14Profile')
INSERT INTO `RemoveRegistry` (`RemoveRegistry`, `Root`, `Key`, `Name`, `Component_`) VALUES ('OaFirstRun15', 1, 'Software\Microsoft\Office\15.0\Outlook\Setup', 'FirstRun', 'Outlook15Profile')
INSERT INTO `RemoveRegistry` (`RemoveRegistry`, `Root`, `Key`, `Name`, `Component_`) VALUES ('OaFirstRunDash15', 1, 'Software\Microsoft\Office\15.0\Outlook\Setup', 'First-Run', 'Outlook15Profile')

-- App Paths\OUTLOOK.EXE, default value (Name NULL; wixl requires a Name): where OUTLOOK.EXE is, for the Click-to-Run
-- detection in Client.wxs (OaFoundOutlook15/16). Type = raw value (2), from the 64-bit view (16) in the x64 build, like wixl's rows.
INSERT INTO `RegLocator` (`Signature_`, `Root`, `Key`, `Type`) VALUES ('OutlookAppPathx64', 2, 'SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths\OUTLOOK.EXE', $(var.RegLocator64Bit + 2))
INSERT INTO `RegLocator` (`Signature_`, `Root`, `Key`, `Type`) VALUES ('OutlookAppPathx86', 2, 'SOFTWARE\Wow6432Node\Microsoft\Windows\CurrentVersion\App Paths\OUTLOOK.EXE', $(var.RegLocator64Bit + 2))
INSERT INTO `AppSearch` (`Property`, `Signature_`) VALUES ('OaOutlookAppPathx64', 'OutlookAppPathx64')
INSERT INTO `AppSearch` (`Property`, `Signature_`) VALUES ('OaOutlookAppPathx86', 'OutlookAppPathx86')

-- Component conditions (wixl has no Component/Condition). Outlook components: installed for the versions detected
-- (OutlookDetection.wxi); Attributes = 64-bit (0x100, x64 build) + transitive (0x40, conditions re-evaluated by the Active
-- Setup repair, e.g. after Outlook was upgraded) + registry key path (0x4).
-- Outlook 2002 has no RPC over HTTP: it imports the PRF only for the plain Exchange profile (USE_HTTP=0).
UPDATE `Component` SET `Condition` = '(OaOutlook10x64 OR OaOutlook10x86) AND USE_HTTP = "0"', `Attributes` = $(var.Component64Bit + 68) WHERE `Component` = 'Outlook10Profile'
UPDATE `Component` SET `Condition` = 'OaOutlook11x64 OR OaOutlook11x86', `Attributes` = $(var.Component64Bit + 68) WHERE `Component` = 'Outlook11Profile'
UPDATE `Component` SET `Condition` = 'OaOutlook12x64 OR OaOutlook12x86', `Attributes` = $(var.Component64Bit + 68) WHERE `Component` = 'Outlook12Profile'
UPDATE `Component` SET `Condition` = 'OaOutlook14x64 OR OaOutlook14x86', `Attributes` = $(var.Component64Bit + 68) WHERE `Component` = 'Outlook14Profile'
UPDATE `Component` SET `Condition` = 'OaOutlook15', `Attributes` = $(var.Component64Bit + 68) WHERE `Component` = 'Outlook15Profile'
-- Policy values (16.0, and EnableRPCEncryption for 14.0/15.0) need an elevated install: users may only read HKCU\Software\Policies, so a per-user install without
-- elevation skips them (OaNotePolicies says so in the log) instead of failing with 1406.
UPDATE `Component` SET `Condition` = 'OaOutlook16 AND (ALLUSERS = "1" OR Privileged)', `Attributes` = $(var.Component64Bit + 68) WHERE `Component` = 'Outlook16Policy'
UPDATE `Component` SET `Condition` = 'OaOutlook16 AND (ALLUSERS = "1" OR Privileged)', `Attributes` = $(var.Component64Bit + 68) WHERE `Component` = 'Outlook16CachedMode'
UPDATE `Component` SET `Condition` = 'OaOutlook16 AND (ALLUSERS = "1" OR Privileged) AND NOT CACHED_MODE ~= "Off"', `Attributes` = $(var.Component64Bit + 68) WHERE `Component` = 'Outlook16CachedDownload'
UPDATE `Component` SET `Condition` = '(OaOutlook14x64 OR OaOutlook14x86) AND (ALLUSERS = "1" OR Privileged)', `Attributes` = $(var.Component64Bit + 68) WHERE `Component` = 'Outlook14Encryption'
UPDATE `Component` SET `Condition` = 'OaOutlook15 AND (ALLUSERS = "1" OR Privileged)', `Attributes` = $(var.Component64Bit + 68) WHERE `Component` = 'Outlook15Encryption'
-- The PRF's cached-mode lines only with Cached Exchange Mode (CACHED_MODE is final before CostFinalize evaluates this).
UPDATE `Component` SET `Condition` = 'NOT CACHED_MODE ~= "Off"', `Attributes` = $(var.Component64Bit + 68) WHERE `Component` = 'ProfileFileCachedMode'
-- Active Setup only for a per-machine install: a per-user install writes HKCU directly and may not write HKLM.
UPDATE `Component` SET `Condition` = 'ALLUSERS = "1"' WHERE `Component` = 'ActiveSetup'
UPDATE `Component` SET `Condition` = 'ALLUSERS = "1"' WHERE `Component` = 'ActiveSetupCleanupFile'

-- Other users' HKCU values after a per-machine uninstall (docs/DOMAIN.md §5). When ActiveSetupCleanupFile is
-- removed (not by a major upgrade, whose new version writes the values again), reg.exe imports it before RemoveFiles,
-- leaving the cleanup entry OutlookAnywhere.Client.Cleanup. Type 3170 = exe in a directory (34) + deferred (1024) + no impersonation (2048)
-- + ignore exit code (64: a failed cleanup registration must not block the uninstall); the rollback (3426 = 3170 + 256)
-- deletes the entry again. Action state 2 = absent, installed state 3 = local.
INSERT INTO `CustomAction` (`Action`, `Type`, `Source`, `Target`) VALUES ('OaRegisterCleanupRollback', 3426, 'INSTALLFOLDER', '"[$(var.SystemFolder)]reg.exe" delete "HKLM\SOFTWARE\Microsoft\Active Setup\Installed Components\OutlookAnywhere.Client.Cleanup" /f$(var.RegView)')
INSERT INTO `CustomAction` (`Action`, `Type`, `Source`, `Target`) VALUES ('OaRegisterCleanup', 3170, 'INSTALLFOLDER', '"[$(var.SystemFolder)]reg.exe" import "[INSTALLFOLDER]ActiveSetupCleanup.reg"$(var.RegView)')
INSERT INTO `InstallExecuteSequence` (`Action`, `Condition`, `Sequence`) VALUES ('OaRegisterCleanupRollback', '$ActiveSetupCleanupFile = 2 AND ?ActiveSetupCleanupFile = 3 AND NOT UPGRADINGPRODUCTCODE', 3398)
INSERT INTO `InstallExecuteSequence` (`Action`, `Condition`, `Sequence`) VALUES ('OaRegisterCleanup', '$ActiveSetupCleanupFile = 2 AND ?ActiveSetupCleanupFile = 3 AND NOT UPGRADINGPRODUCTCODE', 3399)
-- An install cancels a removal entry left by an earlier uninstall (for users who have not logged on since), and each
-- user who gets the settings forgets having run it, so that the next uninstall reaches them again.
INSERT INTO `RemoveRegistry` (`RemoveRegistry`, `Root`, `Key`, `Name`, `Component_`) VALUES ('OaCleanupPending', 2, 'SOFTWARE\Microsoft\Active Setup\Installed Components\OutlookAnywhere.Client.Cleanup', '-', 'ActiveSetup')
INSERT INTO `RemoveRegistry` (`RemoveRegistry`, `Root`, `Key`, `Name`, `Component_`) VALUES ('OaCleanupDone10', 1, 'Software\Microsoft\Active Setup\Installed Components\OutlookAnywhere.Client.Cleanup', '-', 'Outlook10Profile')
INSERT INTO `RemoveRegistry` (`RemoveRegistry`, `Root`, `Key`, `Name`, `Component_`) VALUES ('OaCleanupDone11', 1, 'Software\Microsoft\Active Setup\Installed Components\OutlookAnywhere.Client.Cleanup', '-', 'Outlook11Profile')
INSERT INTO `RemoveRegistry` (`RemoveRegistry`, `Root`, `Key`, `Name`, `Component_`) VALUES ('OaCleanupDone12', 1, 'Software\Microsoft\Active Setup\Installed Components\OutlookAnywhere.Client.Cleanup', '-', 'Outlook12Profile')
INSERT INTO `RemoveRegistry` (`RemoveRegistry`, `Root`, `Key`, `Name`, `Component_`) VALUES ('OaCleanupDone14', 1, 'Software\Microsoft\Active Setup\Installed Components\OutlookAnywhere.Client.Cleanup', '-', 'Outlook14Profile')
INSERT INTO `RemoveRegistry` (`RemoveRegistry`, `Root`, `Key`, `Name`, `Component_`) VALUES ('OaCleanupDone15', 1, 'Software\Microsoft\Active Setup\Installed Components\OutlookAnywhere.Client.Cleanup', '-', 'Outlook15Profile')
INSERT INTO `RemoveRegistry` (`RemoveRegistry`, `Root`, `Key`, `Name`, `Component_`) VALUES ('OaCleanupDone16', 1, 'Software\Microsoft\Active Setup\Installed Components\OutlookAnywhere.Client.Cleanup', '-', 'Outlook16Policy')

-- wixl writes Root="HKMU" as Root 4, which is no registry root (Windows Installer: -1 = HKLM when ALLUSERS=1, else HKCU);
-- Wine silently skips such rows. Every HKMU row is one of ours.
UPDATE `Registry` SET `Root` = -1 WHERE `Root` = 4

-- wixl places RemoveExistingProducts by hash order (here after InstallFinalize): the old version's uninstall would then
-- delete the new PRF (RemoveFile) and its lines. Remove the old version first, right after InstallValidate.
UPDATE `InstallExecuteSequence` SET `Sequence` = 1401 WHERE `Action` = 'RemoveExistingProducts'

-- BEGIN GENERATED by installer/OutlookAnywhere.Packaging (ClientPackageSource); do not edit, regenerate.
-- The PRF, one row per key=value line of ProfileFile.Render in its order (IniFile rows are written in row order;
-- the ids sort the same way by name and by string-pool index). [PROP] is formatted at install time.
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf001', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'General', 'Custom', '1', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf002', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'General', 'ProfileName', '[PROFILE_NAME]', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf003', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'General', 'DefaultProfile', '[OaDefaultProfile]', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf004', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'General', 'OverwriteProfile', '[OaOverwriteProfile]', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf005', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'General', 'ModifyDefaultProfileIfPresent', 'FALSE', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf006', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'General', 'BackupProfile', 'False', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf007', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'Service List', 'ServiceEGS', 'Exchange Global Section', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf008', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'Service List', 'Service1', 'Microsoft Exchange Server', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf009', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'Service List', 'ServiceX', 'Microsoft Outlook Client', 0, 'ProfileFileCachedMode')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf010', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'ServiceEGS', 'MailboxName', '[MAILBOX_NAME]', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf011', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'ServiceEGS', 'HomeServer', '[EXCHANGE_SERVER]', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf012', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'ServiceEGS', 'RPCoverHTTPflags', '[OaRohFlagsHex]', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf013', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'ServiceEGS', 'RPCProxyServer', '[PROXY_SERVER]', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf014', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'ServiceEGS', 'RPCProxyPrincipalName', '[PROXY_PRINCIPAL]', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf015', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'ServiceEGS', 'RPCProxyAuthScheme', '[OaProxyAuthSchemeHex]', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf016', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'Service1', 'UniqueService', 'Yes', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf017', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'Service1', 'MailboxName', '[MAILBOX_NAME]', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf018', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'Service1', 'HomeServer', '[EXCHANGE_SERVER]', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf019', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'ServiceX', 'CachedExchangeMode', '[OaCachedDownloadModeHex]', 0, 'ProfileFileCachedMode')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf020', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'Microsoft Exchange Server', 'ServiceName', 'MSEMS', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf021', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'Microsoft Exchange Server', 'MDBGUID', '5494A1C0297F101BA58708002B2A2517', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf022', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'Microsoft Exchange Server', 'MailboxName', 'PT_STRING8,0x6607', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf023', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'Microsoft Exchange Server', 'HomeServer', 'PT_STRING8,0x6608', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf024', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'Exchange Global Section', 'SectionGUID', '13dbb0c8aa05101a9bb000aa002fc45a', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf025', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'Exchange Global Section', 'MailboxName', 'PT_STRING8,0x6607', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf026', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'Exchange Global Section', 'HomeServer', 'PT_STRING8,0x6608', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf027', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'Exchange Global Section', 'RPCoverHTTPflags', 'PT_LONG,0x6623', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf028', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'Exchange Global Section', 'RPCProxyServer', 'PT_UNICODE,0x6622', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf029', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'Exchange Global Section', 'RPCProxyPrincipalName', 'PT_UNICODE,0x6625', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf030', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'Exchange Global Section', 'RPCProxyAuthScheme', 'PT_LONG,0x6627', 0, 'ProfileFile')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf031', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'Microsoft Outlook Client', 'SectionGUID', '0a0d020000000000c000000000000046', 0, 'ProfileFileCachedMode')
INSERT INTO `IniFile` (`IniFile`, `FileName`, `DirProperty`, `Section`, `Key`, `Value`, `Action`, `Component_`) VALUES ('OaPrf032', 'OUTLOO~1.PRF|OutlookAnywhere.prf', 'INSTALLFOLDER', 'Microsoft Outlook Client', 'CachedExchangeMode', 'PT_LONG,0x041f', 0, 'ProfileFileCachedMode')
-- The error action: type 19 shows Target (formatted) as the error and ends the install with 1603.
UPDATE `CustomAction` SET `Type` = 19, `Source` = '' WHERE `Action` = 'OaRefuseInvalidInput'
-- Public properties read during execution must be secure, or a managed (elevated) install drops them.
UPDATE `Property` SET `Value` = 'WIX_DOWNGRADE_DETECTED;WIX_UPGRADE_DETECTED;INSTALLFOLDER;EXCHANGE_SERVER;MAILBOX_NAME;PROFILE_NAME;DEFAULT_PROFILE;OVERWRITE_PROFILE;PROXY_SERVER;PROXY_PRINCIPAL;USE_HTTP;SSL_ONLY;MUTUAL_AUTH;HTTP_FIRST_ON_FAST;HTTP_FIRST_ON_SLOW;PROXY_AUTH;CACHED_MODE;ENCRYPT_RPC;ALLOW_BASIC_WITHOUT_SSL' WHERE `Property` = 'SecureCustomProperties'
-- END GENERATED

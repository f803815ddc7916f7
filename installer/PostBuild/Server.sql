-- Tables and columns wixl cannot author for the server package (docs/TOOLCHAIN.md §1). One statement per line;
-- the packaging tool applies them with msibuild right after wixl, before the lint. Nothing else edits a package.

-- Rollback actions: wixl writes Execute="rollback" as an ordinary action. 3329 = DLL from Binary (1)
-- + in-script (0x400) + rollback (0x100) + no impersonation (0x800).
UPDATE `CustomAction` SET `Type` = 3329 WHERE `Action` = 'OaRollbackServerSettings'
UPDATE `CustomAction` SET `Type` = 3329 WHERE `Action` = 'OaRollbackRemoveServerSettings'
-- Commit action: 3649 = DLL from Binary (1) + in-script (0x400) + commit (0x200) + no impersonation (0x800)
-- + continue on error (0x40): failing to delete a temporary copy must not fail a finished installation.
UPDATE `CustomAction` SET `Type` = 3649 WHERE `Action` = 'OaCommitServerSettings'
-- Public properties read during execution must be secure, or a managed (elevated) install drops them.
UPDATE `Property` SET `Value` = 'WIX_DOWNGRADE_DETECTED;WIX_UPGRADE_DETECTED;INSTALLFOLDER;EXCHANGE_SERVERS;GLOBAL_CATALOGS;DNS_DOMAIN;MAILBOX_PORTS;NSPI_PORT;CONFIGURE_VALIDPORTS;FORCE_VALIDPORTS;GLOBAL_CATALOG;SET_BACKEND_PORTS' WHERE `Property` = 'SecureCustomProperties'
-- A new NSPI protocol sequence is read by the directory service at start-up: ask for a restart (3010), never reboot.
INSERT INTO `InstallExecuteSequence` (`Action`, `Condition`, `Sequence`) VALUES ('ScheduleReboot', 'OaRestartRequired="1"', 6590)

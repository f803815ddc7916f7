-- Tables and columns wixl cannot author for the client package (TOOLCHAIN.md). One statement per line;
-- the packaging tool applies them with msibuild right after wixl, before the lint.

-- Public properties read during execution must be secure, or a managed (elevated) install drops them.
UPDATE `Property` SET `Value` = 'WIX_DOWNGRADE_DETECTED;WIX_UPGRADE_DETECTED;INSTALLFOLDER' WHERE `Property` = 'SecureCustomProperties'

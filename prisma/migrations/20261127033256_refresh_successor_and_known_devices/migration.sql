-- Refresh tokens become random (no more HMAC derivation from REFRESH_TOKEN_SECRET). Stored tokens keep
-- working: they were already SHA-256 hashes of opaque values. A token rotated before this migration has no
-- sealed successor, so replaying it inside the grace window is refused (without ending the session).
-- Known devices: see AuthKnownDevice in schema.prisma. Throttle counters under the old typed-login keys
-- are no longer read and age out with the daily housekeeping.

-- AlterTable
ALTER TABLE `auth_refresh_token` ADD COLUMN `successor_sealed` VARCHAR(191) NULL;

-- CreateTable
CREATE TABLE `auth_known_device` (
    `id` CHAR(36) NOT NULL,
    `user_id` INTEGER NOT NULL,
    `token_hash` CHAR(64) NOT NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `last_used_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `expires_at` DATETIME(3) NOT NULL,

    UNIQUE INDEX `auth_known_device_token_hash_key`(`token_hash`),
    INDEX `auth_known_device_user_id_idx`(`user_id`),
    INDEX `auth_known_device_expires_at_idx`(`expires_at`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `auth_known_device` ADD CONSTRAINT `auth_known_device_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `auth_account`(`user_id`) ON DELETE CASCADE ON UPDATE CASCADE;

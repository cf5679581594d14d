-- AlterTable
ALTER TABLE `auth_account` MODIFY `password_hash` VARCHAR(255) NULL;

-- AlterTable
ALTER TABLE `auth_session` ADD COLUMN `rotation` INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE `auth_refresh_token` ADD COLUMN `rotation` INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE `auth_login_throttle` (
    `key` VARCHAR(191) NOT NULL,
    `failures` INTEGER NOT NULL DEFAULT 0,
    `locked_until` DATETIME(3) NULL,
    `last_failure_at` DATETIME(3) NOT NULL,

    INDEX `auth_login_throttle_last_failure_at_idx`(`last_failure_at`),
    PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AlterTable
ALTER TABLE `tradeflow_collection` ADD COLUMN `team_id` INTEGER NULL,
    ADD COLUMN `region_id` INTEGER NULL;

-- CreateIndex
CREATE INDEX `tradeflow_collection_team_id_collected_at_idx` ON `tradeflow_collection`(`team_id`, `collected_at`);

-- CreateIndex
CREATE INDEX `tradeflow_collection_region_id_collected_at_idx` ON `tradeflow_collection`(`region_id`, `collected_at`);

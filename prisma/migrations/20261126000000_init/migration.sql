-- CreateTable
CREATE TABLE `auth_account` (
    `user_id` INTEGER NOT NULL,
    `email` VARCHAR(191) NULL,
    `phone` VARCHAR(32) NULL,
    `password_hash` VARCHAR(255) NOT NULL,
    `role` VARCHAR(32) NOT NULL,
    `team_id` INTEGER NULL,
    `region_ids` JSON NOT NULL,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `must_change_password` BOOLEAN NOT NULL DEFAULT false,
    `password_changed_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    UNIQUE INDEX `auth_account_email_key`(`email`),
    UNIQUE INDEX `auth_account_phone_key`(`phone`),
    PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `auth_session` (
    `id` CHAR(36) NOT NULL,
    `user_id` INTEGER NOT NULL,
    `user_agent` VARCHAR(255) NULL,
    `ip` VARCHAR(64) NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `last_used_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `expires_at` DATETIME(3) NOT NULL,
    `revoked_at` DATETIME(3) NULL,
    `revoked_reason` VARCHAR(64) NULL,

    INDEX `auth_session_user_id_revoked_at_idx`(`user_id`, `revoked_at`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `auth_refresh_token` (
    `id` CHAR(36) NOT NULL,
    `session_id` CHAR(36) NOT NULL,
    `token_hash` CHAR(64) NOT NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `expires_at` DATETIME(3) NOT NULL,
    `used_at` DATETIME(3) NULL,
    `replaced_by_id` CHAR(36) NULL,

    UNIQUE INDEX `auth_refresh_token_token_hash_key`(`token_hash`),
    INDEX `auth_refresh_token_session_id_idx`(`session_id`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `auth_outbox_event` (
    `seq` BIGINT NOT NULL AUTO_INCREMENT,
    `event_id` CHAR(36) NOT NULL,
    `type` VARCHAR(128) NOT NULL,
    `envelope` MEDIUMTEXT NOT NULL,
    `trace_id` VARCHAR(64) NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `published_at` DATETIME(3) NULL,
    `claimed_by` CHAR(36) NULL,
    `claim_expires_at` DATETIME(3) NULL,
    `attempts` INTEGER NOT NULL DEFAULT 0,
    `last_error` VARCHAR(500) NULL,

    UNIQUE INDEX `auth_outbox_event_event_id_key`(`event_id`),
    INDEX `auth_outbox_event_published_at_seq_idx`(`published_at`, `seq`),
    INDEX `auth_outbox_event_claimed_by_idx`(`claimed_by`),
    PRIMARY KEY (`seq`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `auth_processed_event` (
    `consumer` VARCHAR(128) NOT NULL,
    `event_id` CHAR(36) NOT NULL,
    `processed_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    PRIMARY KEY (`consumer`, `event_id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `admin_role` (
    `id` INTEGER NOT NULL,
    `code` VARCHAR(32) NOT NULL,
    `name` VARCHAR(100) NOT NULL,
    `description` VARCHAR(255) NULL,

    UNIQUE INDEX `admin_role_code_key`(`code`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `admin_region` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `code` VARCHAR(32) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    UNIQUE INDEX `admin_region_code_key`(`code`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `admin_team` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `code` VARCHAR(32) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `region_id` INTEGER NOT NULL,
    `lead_id` INTEGER NULL,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    UNIQUE INDEX `admin_team_code_key`(`code`),
    INDEX `admin_team_region_id_idx`(`region_id`),
    INDEX `admin_team_lead_id_idx`(`lead_id`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `admin_region_supervisor` (
    `region_id` INTEGER NOT NULL,
    `user_id` INTEGER NOT NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `admin_region_supervisor_user_id_idx`(`user_id`),
    PRIMARY KEY (`region_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `admin_user` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `full_name` VARCHAR(191) NOT NULL,
    `email` VARCHAR(191) NULL,
    `phone` VARCHAR(32) NULL,
    `role_id` INTEGER NOT NULL,
    `team_id` INTEGER NULL,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `last_login_at` DATETIME(3) NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,
    `deactivated_at` DATETIME(3) NULL,

    UNIQUE INDEX `admin_user_email_key`(`email`),
    UNIQUE INDEX `admin_user_phone_key`(`phone`),
    INDEX `admin_user_role_id_idx`(`role_id`),
    INDEX `admin_user_team_id_idx`(`team_id`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `admin_outbox_event` (
    `seq` BIGINT NOT NULL AUTO_INCREMENT,
    `event_id` CHAR(36) NOT NULL,
    `type` VARCHAR(128) NOT NULL,
    `envelope` MEDIUMTEXT NOT NULL,
    `trace_id` VARCHAR(64) NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `published_at` DATETIME(3) NULL,
    `claimed_by` CHAR(36) NULL,
    `claim_expires_at` DATETIME(3) NULL,
    `attempts` INTEGER NOT NULL DEFAULT 0,
    `last_error` VARCHAR(500) NULL,

    UNIQUE INDEX `admin_outbox_event_event_id_key`(`event_id`),
    INDEX `admin_outbox_event_published_at_seq_idx`(`published_at`, `seq`),
    INDEX `admin_outbox_event_claimed_by_idx`(`claimed_by`),
    PRIMARY KEY (`seq`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `admin_processed_event` (
    `consumer` VARCHAR(128) NOT NULL,
    `event_id` CHAR(36) NOT NULL,
    `processed_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    PRIMARY KEY (`consumer`, `event_id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `model_product` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `code` VARCHAR(64) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `hs_code` VARCHAR(16) NULL,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    UNIQUE INDEX `model_product_code_key`(`code`),
    INDEX `model_product_name_idx`(`name`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `model_outbox_event` (
    `seq` BIGINT NOT NULL AUTO_INCREMENT,
    `event_id` CHAR(36) NOT NULL,
    `type` VARCHAR(128) NOT NULL,
    `envelope` MEDIUMTEXT NOT NULL,
    `trace_id` VARCHAR(64) NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `published_at` DATETIME(3) NULL,
    `claimed_by` CHAR(36) NULL,
    `claim_expires_at` DATETIME(3) NULL,
    `attempts` INTEGER NOT NULL DEFAULT 0,
    `last_error` VARCHAR(500) NULL,

    UNIQUE INDEX `model_outbox_event_event_id_key`(`event_id`),
    INDEX `model_outbox_event_published_at_seq_idx`(`published_at`, `seq`),
    INDEX `model_outbox_event_claimed_by_idx`(`claimed_by`),
    PRIMARY KEY (`seq`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `model_processed_event` (
    `consumer` VARCHAR(128) NOT NULL,
    `event_id` CHAR(36) NOT NULL,
    `processed_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    PRIMARY KEY (`consumer`, `event_id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `tradeflow_collection` (
    `id` CHAR(36) NOT NULL,
    `collector_id` INTEGER NOT NULL,
    `collected_at` DATETIME(3) NOT NULL,
    `status` ENUM('DRAFT', 'SUBMITTED', 'VALIDATED', 'REJECTED', 'RETURNED') NOT NULL DEFAULT 'DRAFT',
    `notes` TEXT NULL,
    `version` INTEGER NOT NULL DEFAULT 1,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    INDEX `tradeflow_collection_collector_id_collected_at_idx`(`collector_id`, `collected_at`),
    INDEX `tradeflow_collection_status_collected_at_idx`(`status`, `collected_at`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `tradeflow_collection_item` (
    `id` CHAR(36) NOT NULL,
    `collection_id` CHAR(36) NOT NULL,
    `position` INTEGER NOT NULL,
    `product_id` INTEGER NOT NULL,
    `quantity` DECIMAL(18, 3) NOT NULL,
    `unit_price` DECIMAL(18, 2) NULL,

    UNIQUE INDEX `tradeflow_collection_item_collection_id_position_key`(`collection_id`, `position`),
    INDEX `tradeflow_collection_item_product_id_idx`(`product_id`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `tradeflow_outbox_event` (
    `seq` BIGINT NOT NULL AUTO_INCREMENT,
    `event_id` CHAR(36) NOT NULL,
    `type` VARCHAR(128) NOT NULL,
    `envelope` MEDIUMTEXT NOT NULL,
    `trace_id` VARCHAR(64) NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `published_at` DATETIME(3) NULL,
    `claimed_by` CHAR(36) NULL,
    `claim_expires_at` DATETIME(3) NULL,
    `attempts` INTEGER NOT NULL DEFAULT 0,
    `last_error` VARCHAR(500) NULL,

    UNIQUE INDEX `tradeflow_outbox_event_event_id_key`(`event_id`),
    INDEX `tradeflow_outbox_event_published_at_seq_idx`(`published_at`, `seq`),
    INDEX `tradeflow_outbox_event_claimed_by_idx`(`claimed_by`),
    PRIMARY KEY (`seq`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `tradeflow_processed_event` (
    `consumer` VARCHAR(128) NOT NULL,
    `event_id` CHAR(36) NOT NULL,
    `processed_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    PRIMARY KEY (`consumer`, `event_id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `auth_session` ADD CONSTRAINT `auth_session_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `auth_account`(`user_id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `auth_refresh_token` ADD CONSTRAINT `auth_refresh_token_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `auth_session`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `admin_team` ADD CONSTRAINT `admin_team_region_id_fkey` FOREIGN KEY (`region_id`) REFERENCES `admin_region`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `admin_team` ADD CONSTRAINT `admin_team_lead_id_fkey` FOREIGN KEY (`lead_id`) REFERENCES `admin_user`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `admin_region_supervisor` ADD CONSTRAINT `admin_region_supervisor_region_id_fkey` FOREIGN KEY (`region_id`) REFERENCES `admin_region`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `admin_region_supervisor` ADD CONSTRAINT `admin_region_supervisor_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `admin_user`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `admin_user` ADD CONSTRAINT `admin_user_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `admin_role`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `admin_user` ADD CONSTRAINT `admin_user_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `admin_team`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `tradeflow_collection_item` ADD CONSTRAINT `tradeflow_collection_item_collection_id_fkey` FOREIGN KEY (`collection_id`) REFERENCES `tradeflow_collection`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- Issue 13: the audit trail (append-only) and in-app notifications, both owned by admin.

-- CreateTable
CREATE TABLE `admin_audit_entry` (
    `seq` BIGINT NOT NULL AUTO_INCREMENT,
    `event_id` CHAR(36) NOT NULL,
    `type` VARCHAR(128) NOT NULL,
    `actor_id` VARCHAR(32) NULL,
    `actor_role` VARCHAR(32) NULL,
    `entity_type` VARCHAR(48) NOT NULL,
    `entity_id` VARCHAR(64) NOT NULL,
    `occurred_at` DATETIME(3) NOT NULL,
    `recorded_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `client_ip` VARCHAR(64) NULL,
    `user_agent` VARCHAR(255) NULL,
    `trace_id` VARCHAR(64) NULL,
    `before` TEXT NULL,
    `after` TEXT NULL,
    `details` MEDIUMTEXT NOT NULL,

    UNIQUE INDEX `admin_audit_entry_event_id_key`(`event_id`),
    INDEX `admin_audit_entry_entity_type_entity_id_occurred_at_idx`(`entity_type`, `entity_id`, `occurred_at`),
    INDEX `admin_audit_entry_actor_id_occurred_at_idx`(`actor_id`, `occurred_at`),
    INDEX `admin_audit_entry_type_occurred_at_idx`(`type`, `occurred_at`),
    INDEX `admin_audit_entry_occurred_at_idx`(`occurred_at`),
    PRIMARY KEY (`seq`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `admin_notification` (
    `id` BIGINT NOT NULL AUTO_INCREMENT,
    `user_id` INTEGER NOT NULL,
    `kind` VARCHAR(48) NOT NULL,
    `entity_type` VARCHAR(48) NULL,
    `entity_id` VARCHAR(64) NULL,
    `params` TEXT NOT NULL,
    `count` INTEGER NOT NULL DEFAULT 1,
    `batch_key` VARCHAR(48) NULL,
    `read_at` DATETIME(3) NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    INDEX `admin_notification_user_id_read_at_id_idx`(`user_id`, `read_at`, `id`),
    INDEX `admin_notification_user_id_updated_at_idx`(`user_id`, `updated_at`),
    UNIQUE INDEX `admin_notification_user_id_batch_key_key`(`user_id`, `batch_key`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- The audit trail is append-only: no role, not even the admin service's own, may change or remove a row.
CREATE TRIGGER `admin_audit_entry_no_update` BEFORE UPDATE ON `admin_audit_entry` FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'admin_audit_entry is append-only';

CREATE TRIGGER `admin_audit_entry_no_delete` BEFORE DELETE ON `admin_audit_entry` FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'admin_audit_entry is append-only';

-- Report jobs (tradeflow.reports): see Report in schema.prisma.

-- CreateTable
CREATE TABLE `tradeflow_report` (
    `id` CHAR(36) NOT NULL,
    `requester_id` INTEGER NOT NULL,
    `requester_role` VARCHAR(32) NOT NULL,
    `kind` VARCHAR(48) NOT NULL,
    `format` ENUM('CSV', 'XLSX') NOT NULL,
    `language` CHAR(2) NOT NULL,
    `filter` TEXT NOT NULL,
    `scope` TEXT NOT NULL,
    `status` ENUM('QUEUED', 'RUNNING', 'READY', 'FAILED', 'EXPIRED') NOT NULL DEFAULT 'QUEUED',
    `progress` INTEGER NOT NULL DEFAULT 0,
    `row_count` INTEGER NULL,
    `size_bytes` INTEGER NULL,
    `attempts` INTEGER NOT NULL DEFAULT 0,
    `error` VARCHAR(500) NULL,
    `expires_at` DATETIME(3) NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `started_at` DATETIME(3) NULL,
    `finished_at` DATETIME(3) NULL,

    INDEX `tradeflow_report_requester_id_created_at_idx`(`requester_id`, `created_at`),
    INDEX `tradeflow_report_status_expires_at_idx`(`status`, `expires_at`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

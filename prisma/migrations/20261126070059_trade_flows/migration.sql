-- AlterTable
ALTER TABLE `tradeflow_collection` ADD COLUMN `collection_point_id` INTEGER NULL,
    ADD COLUMN `type` ENUM('LIVESTOCK', 'AGRICULTURAL', 'FISHERY', 'MIXED') NOT NULL DEFAULT 'AGRICULTURAL',
    ADD COLUMN `context` ENUM('FORMAL_BORDER', 'INFORMAL_BORDER', 'MARKET') NULL,
    ADD COLUMN `direction` ENUM('IMPORT', 'EXPORT', 'TRANSIT', 'DOMESTIC') NULL,
    ADD COLUMN `origin_country_id` INTEGER NULL,
    ADD COLUMN `origin_city_id` INTEGER NULL,
    ADD COLUMN `destination_country_id` INTEGER NULL,
    ADD COLUMN `destination_city_id` INTEGER NULL,
    ADD COLUMN `intermediate_destination` VARCHAR(191) NULL,
    ADD COLUMN `corridor_id` INTEGER NULL,
    ADD COLUMN `transport_mode_id` INTEGER NULL,
    ADD COLUMN `vehicle_registration` VARCHAR(32) NULL,
    ADD COLUMN `transport_cost` DECIMAL(18, 2) NULL,
    ADD COLUMN `loading_cost` DECIMAL(18, 2) NULL,
    ADD COLUMN `unloading_cost` DECIMAL(18, 2) NULL,
    ADD COLUMN `currency_code` CHAR(3) NOT NULL DEFAULT 'XOF',
    ADD COLUMN `payment_method` VARCHAR(32) NULL,
    ADD COLUMN `season` VARCHAR(32) NULL,
    ADD COLUMN `market_conditions` VARCHAR(500) NULL,
    ADD COLUMN `price_variation` VARCHAR(32) NULL,
    ADD COLUMN `actor_id` INTEGER NULL,
    ADD COLUMN `operator_type` VARCHAR(32) NULL,
    ADD COLUMN `operator_gender` VARCHAR(16) NULL,
    ADD COLUMN `owner_gender` VARCHAR(16) NULL,
    ADD COLUMN `owner_age_category` VARCHAR(16) NULL,
    ADD COLUMN `owner_has_disability` BOOLEAN NULL,
    ADD COLUMN `respondent_nature` VARCHAR(64) NULL,
    ADD COLUMN `latitude` DECIMAL(9, 6) NULL,
    ADD COLUMN `longitude` DECIMAL(9, 6) NULL,
    ADD COLUMN `knows_community_rules` BOOLEAN NULL,
    ADD COLUMN `knows_national_rules` BOOLEAN NULL,
    ADD COLUMN `driver_has_licence` BOOLEAN NULL,
    ADD COLUMN `driver_has_vehicle_documents` BOOLEAN NULL,
    ADD COLUMN `extra_fields` TEXT NULL,
    ADD COLUMN `form_version` INTEGER NULL,
    ADD COLUMN `pending_level` INTEGER NULL,
    ADD COLUMN `workflow_version` INTEGER NULL,
    ADD COLUMN `workflow_levels` TEXT NULL,
    ADD COLUMN `revision` INTEGER NOT NULL DEFAULT 1,
    ADD COLUMN `is_resubmission` BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN `total_weight_kg` DECIMAL(18, 3) NULL,
    ADD COLUMN `total_value` DECIMAL(18, 2) NULL,
    ADD COLUMN `reference_currency` CHAR(3) NULL,
    ADD COLUMN `total_value_reference` DECIMAL(20, 2) NULL,
    ADD COLUMN `payload_hash` CHAR(64) NULL,
    ADD COLUMN `sync_token` CHAR(36) NULL,
    ADD COLUMN `submitted_at` DATETIME(3) NULL,
    ADD COLUMN `validated_at` DATETIME(3) NULL;

-- AlterTable
ALTER TABLE `tradeflow_collection_item` ADD COLUMN `unit_code` VARCHAR(32) NOT NULL DEFAULT 'kg',
    ADD COLUMN `total_value` DECIMAL(18, 2) NULL,
    ADD COLUMN `quality` VARCHAR(64) NULL,
    ADD COLUMN `variety` VARCHAR(64) NULL,
    ADD COLUMN `processing_level` VARCHAR(64) NULL,
    ADD COLUMN `packaging` VARCHAR(64) NULL,
    ADD COLUMN `animal_count` INTEGER NULL,
    ADD COLUMN `animal_category` VARCHAR(32) NULL,
    ADD COLUMN `animal_age` VARCHAR(32) NULL,
    ADD COLUMN `animal_sex` VARCHAR(16) NULL,
    ADD COLUMN `breed` VARCHAR(64) NULL,
    ADD COLUMN `average_weight_kg` DECIMAL(10, 2) NULL,
    ADD COLUMN `unit_weight_kg` DECIMAL(18, 6) NULL,
    ADD COLUMN `total_weight_kg` DECIMAL(18, 3) NULL,
    ADD COLUMN `losses` DECIMAL(18, 3) NULL,
    ADD COLUMN `special_permits` VARCHAR(191) NULL,
    ADD COLUMN `loading_city_id` INTEGER NULL,
    ADD COLUMN `unloading_city_id` INTEGER NULL,
    ADD COLUMN `product_origin_country_id` INTEGER NULL,
    ADD COLUMN `customs_registered` BOOLEAN NULL;

-- CreateTable
CREATE TABLE `tradeflow_collection_control` (
    `id` CHAR(36) NOT NULL,
    `collection_id` CHAR(36) NOT NULL,
    `position` INTEGER NOT NULL,
    `checkpoint_id` INTEGER NULL,
    `control_service_id` INTEGER NULL,
    `location` VARCHAR(191) NULL,
    `duration` VARCHAR(32) NULL,
    `fees_paid` DECIMAL(18, 2) NULL,
    `has_receipt` BOOLEAN NULL,
    `tax_types` VARCHAR(191) NULL,
    `illegal_fees` DECIMAL(18, 2) NULL,

    UNIQUE INDEX `tradeflow_collection_control_collection_id_position_key`(`collection_id`, `position`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `tradeflow_collection_validation` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `collection_id` CHAR(36) NOT NULL,
    `level` INTEGER NULL,
    `action` ENUM('SUBMIT', 'RESUBMIT', 'APPROVE', 'REJECT', 'RETURN', 'REOPEN') NOT NULL,
    `from_status` ENUM('DRAFT', 'SUBMITTED', 'VALIDATED', 'REJECTED', 'RETURNED') NOT NULL,
    `to_status` ENUM('DRAFT', 'SUBMITTED', 'VALIDATED', 'REJECTED', 'RETURNED') NOT NULL,
    `actor_id` INTEGER NOT NULL,
    `actor_role` VARCHAR(32) NOT NULL,
    `revision` INTEGER NOT NULL,
    `score` INTEGER NULL,
    `notes` TEXT NULL,
    `rejection_reason` TEXT NULL,
    `correction_instructions` TEXT NULL,
    `field_comments` TEXT NULL,
    `quality_issues` TEXT NULL,
    `duration_seconds` INTEGER NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `tradeflow_collection_validation_collection_id_id_idx`(`collection_id`, `id`),
    INDEX `tradeflow_collection_validation_action_level_created_at_idx`(`action`, `level`, `created_at`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `tradeflow_collection_control` ADD CONSTRAINT `tradeflow_collection_control_collection_id_fkey` FOREIGN KEY (`collection_id`) REFERENCES `tradeflow_collection`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `tradeflow_collection_validation` ADD CONSTRAINT `tradeflow_collection_validation_collection_id_fkey` FOREIGN KEY (`collection_id`) REFERENCES `tradeflow_collection`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX `tradeflow_collection_status_pending_level_idx` ON `tradeflow_collection`(`status`, `pending_level`);

-- CreateIndex
CREATE INDEX `tradeflow_collection_collection_point_id_collected_at_idx` ON `tradeflow_collection`(`collection_point_id`, `collected_at`);

-- CreateIndex
CREATE INDEX `tradeflow_collection_collected_at_idx` ON `tradeflow_collection`(`collected_at`);

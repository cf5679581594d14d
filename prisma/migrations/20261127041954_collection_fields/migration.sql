-- The fields of Commerce Tracking's real detail screen (issue 10). Every new column is nullable, except
-- the public id, which existing rows get here (CT-<year collected>-<6 digits>, unique by row number; the
-- service draws new ones, see subgraphs/tradeflow/src/domain/public-id.ts). Nothing is dropped: the controls'
-- free-text `tax_types` keeps its values under its new name, `other_tax_type`.

-- AlterTable
ALTER TABLE `tradeflow_collection` ADD COLUMN `public_id` VARCHAR(16) NULL,
    ADD COLUMN `transport_batch_id` VARCHAR(64) NULL,
    ADD COLUMN `market_day` INTEGER NULL,
    ADD COLUMN `nearby_markets` VARCHAR(500) NULL,
    ADD COLUMN `taxes_fees` VARCHAR(500) NULL,
    ADD COLUMN `tax_details` TEXT NULL,
    ADD COLUMN `taxes_paid` BOOLEAN NULL,
    ADD COLUMN `tax_amount` DECIMAL(18, 2) NULL,
    ADD COLUMN `has_control_posts` BOOLEAN NULL,
    ADD COLUMN `control_posts_count` INTEGER NULL,
    ADD COLUMN `control_locations` TEXT NULL,
    ADD COLUMN `control_duration_type` VARCHAR(16) NULL,
    ADD COLUMN `control_duration_value` VARCHAR(64) NULL,
    ADD COLUMN `illegal_fees_paid` BOOLEAN NULL,
    ADD COLUMN `illegal_fees_locations` TEXT NULL,
    ADD COLUMN `illegal_fees_amount` DECIMAL(18, 2) NULL,
    ADD COLUMN `other_respondent_nature` VARCHAR(191) NULL,
    ADD COLUMN `driver_vehicle_inspection_up_to_date` BOOLEAN NULL,
    ADD COLUMN `driver_registration_card_up_to_date` BOOLEAN NULL,
    ADD COLUMN `driver_insurance_up_to_date` BOOLEAN NULL,
    ADD COLUMN `driver_other_documents_up_to_date` BOOLEAN NULL,
    ADD COLUMN `driver_other_documents` VARCHAR(500) NULL,
    ADD COLUMN `other_difficulties` TEXT NULL;

-- Backfill
UPDATE `tradeflow_collection` AS `c`
    JOIN (SELECT `id`, ROW_NUMBER() OVER (ORDER BY `created_at`, `id`) AS `n` FROM `tradeflow_collection`) AS `r`
    ON `r`.`id` = `c`.`id`
    SET `c`.`public_id` = CONCAT('CT-', DATE_FORMAT(`c`.`collected_at`, '%y'), '-', LPAD(`r`.`n`, 6, '0'));

-- AlterTable: rows written outside the service (seed, bench, tests) draw a random id of the same shape.
ALTER TABLE `tradeflow_collection` MODIFY `public_id` VARCHAR(16) NOT NULL DEFAULT (CONCAT('CT-', DATE_FORMAT(UTC_TIMESTAMP(), '%y'), '-',
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', FLOOR(1 + RAND() * 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', FLOOR(1 + RAND() * 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', FLOOR(1 + RAND() * 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', FLOOR(1 + RAND() * 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', FLOOR(1 + RAND() * 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', FLOOR(1 + RAND() * 32), 1)));

-- CreateIndex
CREATE UNIQUE INDEX `tradeflow_collection_public_id_key` ON `tradeflow_collection`(`public_id`);

-- CreateIndex
CREATE INDEX `tradeflow_collection_transport_batch_id_idx` ON `tradeflow_collection`(`transport_batch_id`);

-- AlterTable
ALTER TABLE `tradeflow_collection_item` ADD COLUMN `animal_id` INTEGER NULL,
    ADD COLUMN `animal_categories` TEXT NULL,
    ADD COLUMN `animal_condition` VARCHAR(64) NULL,
    ADD COLUMN `local_unit_weight_kg` DECIMAL(18, 6) NULL,
    ADD COLUMN `weight_source` VARCHAR(16) NULL,
    ADD COLUMN `losses_value` DECIMAL(18, 2) NULL,
    ADD COLUMN `loss_reasons` VARCHAR(500) NULL,
    ADD COLUMN `special_permits_required` BOOLEAN NULL,
    ADD COLUMN `loading_cost` DECIMAL(18, 2) NULL,
    ADD COLUMN `unloading_cost` DECIMAL(18, 2) NULL,
    ADD COLUMN `transport_cost` DECIMAL(18, 2) NULL,
    ADD COLUMN `specific_fees` DECIMAL(18, 2) NULL,
    ADD COLUMN `specific_origin` VARCHAR(191) NULL,
    ADD COLUMN `specific_destination` VARCHAR(191) NULL,
    ADD COLUMN `origin_country_id` INTEGER NULL,
    ADD COLUMN `product_destination_country_id` INTEGER NULL,
    ADD COLUMN `seasonal_product` BOOLEAN NULL,
    ADD COLUMN `harvest_period` VARCHAR(64) NULL,
    ADD COLUMN `customs_registration_number` VARCHAR(64) NULL,
    ADD COLUMN `notes` TEXT NULL;

-- CreateIndex
CREATE INDEX `tradeflow_collection_item_animal_id_idx` ON `tradeflow_collection_item`(`animal_id`);

-- AlterTable
ALTER TABLE `tradeflow_collection_control` RENAME COLUMN `tax_types` TO `other_tax_type`;

-- AlterTable
ALTER TABLE `tradeflow_collection_control` ADD COLUMN `other_control_body` VARCHAR(191) NULL,
    ADD COLUMN `duration_bucket` VARCHAR(16) NULL,
    ADD COLUMN `duration_value` VARCHAR(64) NULL,
    ADD COLUMN `stop_time_per_post` VARCHAR(16) NULL,
    ADD COLUMN `border_crossing_time` VARCHAR(16) NULL,
    ADD COLUMN `control_result` VARCHAR(500) NULL,
    ADD COLUMN `control_issues` TEXT NULL,
    ADD COLUMN `fees_were_paid` BOOLEAN NULL,
    ADD COLUMN `payment_amount` DECIMAL(18, 2) NULL,
    ADD COLUMN `fees_payment_post` VARCHAR(191) NULL,
    ADD COLUMN `fees_payment_amount` DECIMAL(18, 2) NULL,
    ADD COLUMN `illegal_fees_paid` BOOLEAN NULL,
    ADD COLUMN `illegal_fees_post` VARCHAR(191) NULL,
    ADD COLUMN `other_difficulties` TEXT NULL,
    ADD COLUMN `notes` TEXT NULL;

-- CreateTable
CREATE TABLE `tradeflow_collection_control_tax_type` (
    `control_id` CHAR(36) NOT NULL,
    `tax_type_id` INTEGER NOT NULL,
    `position` INTEGER NOT NULL,

    INDEX `tradeflow_collection_control_tax_type_tax_type_id_idx`(`tax_type_id`),
    PRIMARY KEY (`control_id`, `tax_type_id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AlterTable
ALTER TABLE `tradeflow_collection_validation` ADD COLUMN `verification_method` VARCHAR(64) NULL,
    ADD COLUMN `verified_at` DATETIME(3) NULL,
    ADD COLUMN `verification_place` VARCHAR(191) NULL,
    ADD COLUMN `priority_level` VARCHAR(16) NULL,
    ADD COLUMN `requires_field_verification` BOOLEAN NULL,
    ADD COLUMN `requires_data_correction` BOOLEAN NULL,
    ADD COLUMN `requires_additional_documentation` BOOLEAN NULL,
    ADD COLUMN `validation_deadline` DATETIME(3) NULL;

-- AddForeignKey
ALTER TABLE `tradeflow_collection_control_tax_type` ADD CONSTRAINT `tradeflow_collection_control_tax_type_control_id_fkey` FOREIGN KEY (`control_id`) REFERENCES `tradeflow_collection_control`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- Staff as CT onboards them, the admin dashboard's reference data, the animal catalogue, products' natures.
-- Adds only: every existing row keeps its values (see tests/integration/migrations.test.ts).

-- AlterTable
ALTER TABLE `admin_lookup_value` MODIFY `kind` ENUM('TRANSPORT_MODE', 'CONTROL_SERVICE', 'ORGANISATION', 'TRANSPORT_METHOD', 'SEASON') NOT NULL;

-- AlterTable
ALTER TABLE `model_classification` MODIFY `kind` ENUM('PRODUCT_CATEGORY', 'PRODUCT_TYPE', 'PRODUCT_NATURE', 'ANIMAL_NATURE') NOT NULL;

-- AlterTable: a unit without a known factor (CT's "tas") takes its weight from the item.
ALTER TABLE `model_unit` MODIFY `factor` DECIMAL(24, 10) NULL;

-- AlterTable
ALTER TABLE `admin_user` ADD COLUMN `first_name` VARCHAR(100) NULL,
    ADD COLUMN `last_name` VARCHAR(100) NULL,
    ADD COLUMN `gender` ENUM('FEMALE', 'MALE', 'OTHER', 'UNKNOWN') NULL,
    ADD COLUMN `country_id` INTEGER NULL,
    ADD COLUMN `organisation_id` INTEGER NULL;

-- CreateIndex
CREATE INDEX `admin_user_country_id_idx` ON `admin_user`(`country_id`);

-- CreateIndex
CREATE INDEX `admin_user_organisation_id_idx` ON `admin_user`(`organisation_id`);

-- Existing users: first and last name from the full name (first word, then the rest).
UPDATE `admin_user`
SET `first_name` = SUBSTRING_INDEX(`full_name`, ' ', 1),
    `last_name` = NULLIF(TRIM(SUBSTRING(`full_name`, CHAR_LENGTH(SUBSTRING_INDEX(`full_name`, ' ', 1)) + 1)), '')
WHERE `first_name` IS NULL;

-- CreateTable
CREATE TABLE `admin_user_collection_point` (
    `user_id` INTEGER NOT NULL,
    `collection_point_id` INTEGER NOT NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `admin_user_collection_point_collection_point_id_idx`(`collection_point_id`),
    PRIMARY KEY (`user_id`, `collection_point_id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AlterTable
ALTER TABLE `admin_lookup_value` ADD COLUMN `description` VARCHAR(500) NULL,
    ADD COLUMN `parent_id` INTEGER NULL,
    ADD COLUMN `organisation_type` ENUM('PUBLIC', 'PRIVATE') NULL,
    ADD COLUMN `country_id` INTEGER NULL,
    ADD COLUMN `address` VARCHAR(255) NULL,
    ADD COLUMN `phone` VARCHAR(32) NULL,
    ADD COLUMN `email` VARCHAR(191) NULL,
    ADD COLUMN `website` VARCHAR(255) NULL;

-- CreateIndex
CREATE INDEX `admin_lookup_value_parent_id_idx` ON `admin_lookup_value`(`parent_id`);

-- CreateIndex
CREATE INDEX `admin_lookup_value_country_id_idx` ON `admin_lookup_value`(`country_id`);

-- CreateTable
CREATE TABLE `admin_tax_type` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `code` VARCHAR(32) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `name_en` VARCHAR(191) NOT NULL,
    `description` VARCHAR(500) NULL,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    UNIQUE INDEX `admin_tax_type_code_key`(`code`),
    INDEX `admin_tax_type_name_idx`(`name`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AlterTable
ALTER TABLE `model_classification` ADD COLUMN `description` VARCHAR(500) NULL;

-- AlterTable
ALTER TABLE `model_product` ADD COLUMN `description` VARCHAR(500) NULL;

-- CreateTable
CREATE TABLE `model_product_nature` (
    `product_id` INTEGER NOT NULL,
    `nature_id` INTEGER NOT NULL,
    `hs_code` VARCHAR(16) NULL,

    INDEX `model_product_nature_nature_id_idx`(`nature_id`),
    PRIMARY KEY (`product_id`, `nature_id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- Existing products: their one nature and HS code become their first nature.
INSERT INTO `model_product_nature` (`product_id`, `nature_id`, `hs_code`)
SELECT `id`, `nature_id`, `hs_code` FROM `model_product` WHERE `nature_id` IS NOT NULL;

-- CreateTable
CREATE TABLE `model_animal` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `code` VARCHAR(64) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `name_en` VARCHAR(191) NULL,
    `species_id` INTEGER NOT NULL,
    `description` VARCHAR(500) NULL,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    UNIQUE INDEX `model_animal_code_key`(`code`),
    INDEX `model_animal_name_idx`(`name`),
    INDEX `model_animal_species_id_idx`(`species_id`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `model_animal_nature` (
    `animal_id` INTEGER NOT NULL,
    `nature_id` INTEGER NOT NULL,
    `hs_code` VARCHAR(16) NULL,

    INDEX `model_animal_nature_nature_id_idx`(`nature_id`),
    PRIMARY KEY (`animal_id`, `nature_id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AlterTable
ALTER TABLE `model_unit` ADD COLUMN `description` VARCHAR(500) NULL,
    ADD COLUMN `symbol` VARCHAR(16) NULL;

-- AddForeignKey
ALTER TABLE `admin_user_collection_point` ADD CONSTRAINT `admin_user_collection_point_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `admin_user`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `admin_user_collection_point` ADD CONSTRAINT `admin_user_collection_point_collection_point_id_fkey` FOREIGN KEY (`collection_point_id`) REFERENCES `admin_collection_point`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `model_product_nature` ADD CONSTRAINT `model_product_nature_product_id_fkey` FOREIGN KEY (`product_id`) REFERENCES `model_product`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `model_product_nature` ADD CONSTRAINT `model_product_nature_nature_id_fkey` FOREIGN KEY (`nature_id`) REFERENCES `model_classification`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `model_animal` ADD CONSTRAINT `model_animal_species_id_fkey` FOREIGN KEY (`species_id`) REFERENCES `model_animal_species`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `model_animal_nature` ADD CONSTRAINT `model_animal_nature_animal_id_fkey` FOREIGN KEY (`animal_id`) REFERENCES `model_animal`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `model_animal_nature` ADD CONSTRAINT `model_animal_nature_nature_id_fkey` FOREIGN KEY (`nature_id`) REFERENCES `model_classification`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `admin_user` ADD CONSTRAINT `admin_user_country_id_fkey` FOREIGN KEY (`country_id`) REFERENCES `admin_country`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `admin_user` ADD CONSTRAINT `admin_user_organisation_id_fkey` FOREIGN KEY (`organisation_id`) REFERENCES `admin_lookup_value`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `admin_lookup_value` ADD CONSTRAINT `admin_lookup_value_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `admin_lookup_value`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `admin_lookup_value` ADD CONSTRAINT `admin_lookup_value_country_id_fkey` FOREIGN KEY (`country_id`) REFERENCES `admin_country`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

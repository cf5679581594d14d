-- CreateTable
CREATE TABLE `admin_country` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `code` CHAR(2) NOT NULL,
    `iso3` CHAR(3) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `name_en` VARCHAR(191) NOT NULL,
    `currency_code` CHAR(3) NULL,
    `ecowas` BOOLEAN NOT NULL DEFAULT false,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    UNIQUE INDEX `admin_country_code_key`(`code`),
    UNIQUE INDEX `admin_country_iso3_key`(`iso3`),
    INDEX `admin_country_name_idx`(`name`),
    INDEX `admin_country_currency_code_idx`(`currency_code`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `admin_city` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `country_id` INTEGER NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `latitude` DECIMAL(9, 6) NULL,
    `longitude` DECIMAL(9, 6) NULL,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    INDEX `admin_city_name_idx`(`name`),
    UNIQUE INDEX `admin_city_country_id_name_key`(`country_id`, `name`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `admin_corridor` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `code` VARCHAR(32) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `start_country_id` INTEGER NOT NULL,
    `start_city_id` INTEGER NULL,
    `end_country_id` INTEGER NOT NULL,
    `end_city_id` INTEGER NULL,
    `distance_km` DECIMAL(10, 1) NULL,
    `checkpoint_count` INTEGER NULL,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    UNIQUE INDEX `admin_corridor_code_key`(`code`),
    INDEX `admin_corridor_name_idx`(`name`),
    INDEX `admin_corridor_start_country_id_idx`(`start_country_id`),
    INDEX `admin_corridor_end_country_id_idx`(`end_country_id`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `admin_collection_point` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `code` VARCHAR(32) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `type` ENUM('BORDER_POST', 'MARKET', 'CHECKPOINT', 'RIVER_PORT') NOT NULL,
    `country_id` INTEGER NOT NULL,
    `city_id` INTEGER NULL,
    `corridor_id` INTEGER NULL,
    `crosses_to_country_id` INTEGER NULL,
    `is_formal` BOOLEAN NOT NULL DEFAULT true,
    `is_border_crossing` BOOLEAN NOT NULL DEFAULT false,
    `is_market` BOOLEAN NOT NULL DEFAULT false,
    `is_fluvial` BOOLEAN NOT NULL DEFAULT false,
    `is_checkpoint` BOOLEAN NOT NULL DEFAULT false,
    `latitude` DECIMAL(9, 6) NULL,
    `longitude` DECIMAL(9, 6) NULL,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    UNIQUE INDEX `admin_collection_point_code_key`(`code`),
    INDEX `admin_collection_point_name_idx`(`name`),
    INDEX `admin_collection_point_country_id_idx`(`country_id`),
    INDEX `admin_collection_point_corridor_id_idx`(`corridor_id`),
    INDEX `admin_collection_point_type_idx`(`type`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `admin_currency` (
    `code` CHAR(3) NOT NULL,
    `name` VARCHAR(100) NOT NULL,
    `name_en` VARCHAR(100) NOT NULL,
    `symbol` VARCHAR(8) NULL,
    `decimals` INTEGER NOT NULL DEFAULT 2,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `admin_exchange_rate` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `currency_code` CHAR(3) NOT NULL,
    `quote_currency` CHAR(3) NOT NULL,
    `rate` DECIMAL(24, 10) NOT NULL,
    `valid_from` DATE NOT NULL,
    `source` VARCHAR(191) NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `admin_exchange_rate_quote_currency_valid_from_idx`(`quote_currency`, `valid_from`),
    UNIQUE INDEX `admin_exchange_rate_currency_code_quote_currency_valid_from_key`(`currency_code`, `quote_currency`, `valid_from`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `admin_lookup_value` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `kind` ENUM('TRANSPORT_MODE', 'CONTROL_SERVICE', 'ORGANISATION') NOT NULL,
    `code` VARCHAR(32) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `name_en` VARCHAR(191) NOT NULL,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    UNIQUE INDEX `admin_lookup_value_kind_code_key`(`kind`, `code`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `admin_commercial_actor` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `type` ENUM('TRADER', 'TRANSPORTER', 'BROKER', 'COOPERATIVE', 'COMPANY') NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `gender` ENUM('FEMALE', 'MALE', 'OTHER', 'UNKNOWN') NOT NULL DEFAULT 'UNKNOWN',
    `age_category` ENUM('UNDER_18', 'AGE_18_35', 'AGE_36_60', 'OVER_60', 'UNKNOWN') NOT NULL DEFAULT 'UNKNOWN',
    `nationality_country_id` INTEGER NULL,
    `phone` VARCHAR(32) NULL,
    `registration_number` VARCHAR(64) NULL,
    `created_by_id` INTEGER NULL,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    UNIQUE INDEX `admin_commercial_actor_phone_key`(`phone`),
    UNIQUE INDEX `admin_commercial_actor_registration_number_key`(`registration_number`),
    INDEX `admin_commercial_actor_name_idx`(`name`),
    INDEX `admin_commercial_actor_type_idx`(`type`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `admin_system_setting` (
    `key` VARCHAR(64) NOT NULL,
    `value` TEXT NOT NULL,
    `updated_by_id` INTEGER NULL,
    `updated_at` DATETIME(3) NOT NULL,

    PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `admin_catalog_revision` (
    `id` INTEGER NOT NULL,
    `revision` INTEGER NOT NULL DEFAULT 0,
    `updated_at` DATETIME(3) NOT NULL,

    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `model_classification` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `kind` ENUM('PRODUCT_CATEGORY', 'PRODUCT_TYPE', 'PRODUCT_NATURE') NOT NULL,
    `code` VARCHAR(32) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `name_en` VARCHAR(191) NOT NULL,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    UNIQUE INDEX `model_classification_kind_code_key`(`kind`, `code`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AlterTable
ALTER TABLE `model_product` ADD COLUMN `name_en` VARCHAR(191) NULL,
    ADD COLUMN `category_id` INTEGER NULL,
    ADD COLUMN `type_id` INTEGER NULL,
    ADD COLUMN `nature_id` INTEGER NULL,
    ADD COLUMN `species_id` INTEGER NULL,
    ADD COLUMN `dimension` ENUM('MASS', 'VOLUME', 'COUNT') NOT NULL DEFAULT 'MASS';

-- CreateIndex
CREATE INDEX `model_product_category_id_idx` ON `model_product`(`category_id`);

-- CreateTable
CREATE TABLE `model_animal_species` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `code` VARCHAR(32) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `name_en` VARCHAR(191) NOT NULL,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    UNIQUE INDEX `model_animal_species_code_key`(`code`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `model_animal_type` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `species_id` INTEGER NOT NULL,
    `code` VARCHAR(32) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `name_en` VARCHAR(191) NOT NULL,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    UNIQUE INDEX `model_animal_type_species_id_code_key`(`species_id`, `code`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `model_unit` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `code` VARCHAR(32) NOT NULL,
    `name` VARCHAR(100) NOT NULL,
    `name_en` VARCHAR(100) NOT NULL,
    `dimension` ENUM('MASS', 'VOLUME', 'COUNT') NOT NULL,
    `factor` DECIMAL(24, 10) NOT NULL,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    UNIQUE INDEX `model_unit_code_key`(`code`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `model_product_unit` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `product_id` INTEGER NOT NULL,
    `code` VARCHAR(32) NOT NULL,
    `name` VARCHAR(100) NOT NULL,
    `name_en` VARCHAR(100) NOT NULL,
    `base_quantity` DECIMAL(24, 10) NOT NULL,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    UNIQUE INDEX `model_product_unit_product_id_code_key`(`product_id`, `code`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `model_form_definition` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `collection_type` ENUM('LIVESTOCK', 'AGRICULTURAL', 'FISHERY', 'MIXED') NOT NULL,
    `version` INTEGER NOT NULL,
    `title` VARCHAR(191) NOT NULL,
    `json_schema` MEDIUMTEXT NOT NULL,
    `status` ENUM('DRAFT', 'PUBLISHED') NOT NULL DEFAULT 'DRAFT',
    `published_at` DATETIME(3) NULL,
    `published_by_id` INTEGER NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    INDEX `model_form_definition_collection_type_status_idx`(`collection_type`, `status`),
    UNIQUE INDEX `model_form_definition_collection_type_version_key`(`collection_type`, `version`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `model_workflow_definition` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `code` VARCHAR(32) NOT NULL,
    `version` INTEGER NOT NULL,
    `levels` TEXT NOT NULL,
    `status` ENUM('DRAFT', 'PUBLISHED') NOT NULL DEFAULT 'DRAFT',
    `published_at` DATETIME(3) NULL,
    `published_by_id` INTEGER NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    UNIQUE INDEX `model_workflow_definition_code_version_key`(`code`, `version`),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `model_catalog_revision` (
    `id` INTEGER NOT NULL,
    `revision` INTEGER NOT NULL DEFAULT 0,
    `updated_at` DATETIME(3) NOT NULL,

    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `admin_country` ADD CONSTRAINT `admin_country_currency_code_fkey` FOREIGN KEY (`currency_code`) REFERENCES `admin_currency`(`code`) ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `admin_city` ADD CONSTRAINT `admin_city_country_id_fkey` FOREIGN KEY (`country_id`) REFERENCES `admin_country`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `model_animal_type` ADD CONSTRAINT `model_animal_type_species_id_fkey` FOREIGN KEY (`species_id`) REFERENCES `model_animal_species`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `model_product_unit` ADD CONSTRAINT `model_product_unit_product_id_fkey` FOREIGN KEY (`product_id`) REFERENCES `model_product`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

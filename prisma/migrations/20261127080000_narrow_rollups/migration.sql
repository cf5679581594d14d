-- Narrow rollups: the same contributions summed over a few dimensions each, so that a typical
-- question reads a table whose size follows its groups rather than the number of collections.
-- Filled from the part tables (the source of every rollup), so they equal a recomputation at once.

-- CreateTable
CREATE TABLE `tradeflow_stats_flow_month_route` (
    `row_key` CHAR(32) NOT NULL,
    `day` DATE NOT NULL,
    `status` VARCHAR(16) NOT NULL,
    `level` INTEGER NOT NULL,
    `collection_type` VARCHAR(16) NOT NULL,
    `direction` VARCHAR(16) NOT NULL,
    `corridor_id` INTEGER NOT NULL,
    `team_id` INTEGER NOT NULL,
    `region_id` INTEGER NOT NULL,
    `currency_code` CHAR(3) NOT NULL,
    `collections` INTEGER NOT NULL,
    `items` INTEGER NOT NULL,
    `weight_kg` DECIMAL(24, 3) NOT NULL,
    `heads` BIGINT NOT NULL,
    `declared_value` DECIMAL(24, 2) NOT NULL,
    `value_reference` DECIMAL(24, 2) NOT NULL,
    `unconverted_collections` INTEGER NOT NULL,
    `controls` INTEGER NOT NULL,
    `controlled_collections` INTEGER NOT NULL,
    `fees_paid_reference` DECIMAL(24, 2) NOT NULL,
    `illegal_fees_reference` DECIMAL(24, 2) NOT NULL,
    `illegal_payments` INTEGER NOT NULL,
    `collections_with_illegal_fees` INTEGER NOT NULL,
    `control_minutes` DECIMAL(20, 1) NOT NULL,
    `knows_community_yes` INTEGER NOT NULL,
    `knows_community_answered` INTEGER NOT NULL,
    `knows_national_yes` INTEGER NOT NULL,
    `knows_national_answered` INTEGER NOT NULL,
    `driver_licence_yes` INTEGER NOT NULL,
    `driver_licence_answered` INTEGER NOT NULL,
    `vehicle_documents_yes` INTEGER NOT NULL,
    `vehicle_documents_answered` INTEGER NOT NULL,
    `with_control_posts` INTEGER NOT NULL DEFAULT 0,
    `with_illegal_fees` INTEGER NOT NULL DEFAULT 0,
    `vehicle_inspection_yes` INTEGER NOT NULL DEFAULT 0,
    `vehicle_inspection_answered` INTEGER NOT NULL DEFAULT 0,
    `registration_card_yes` INTEGER NOT NULL DEFAULT 0,
    `registration_card_answered` INTEGER NOT NULL DEFAULT 0,
    `vehicle_insurance_yes` INTEGER NOT NULL DEFAULT 0,
    `vehicle_insurance_answered` INTEGER NOT NULL DEFAULT 0,
    `other_documents_yes` INTEGER NOT NULL DEFAULT 0,
    `other_documents_answered` INTEGER NOT NULL DEFAULT 0,

    INDEX `tradeflow_stats_flow_month_route_day_idx`(`day`),
    PRIMARY KEY (`row_key`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `tradeflow_stats_flow_month_point` (
    `row_key` CHAR(32) NOT NULL,
    `day` DATE NOT NULL,
    `status` VARCHAR(16) NOT NULL,
    `level` INTEGER NOT NULL,
    `collection_type` VARCHAR(16) NOT NULL,
    `collection_point_id` INTEGER NOT NULL,
    `gender` VARCHAR(16) NOT NULL,
    `team_id` INTEGER NOT NULL,
    `region_id` INTEGER NOT NULL,
    `currency_code` CHAR(3) NOT NULL,
    `collections` INTEGER NOT NULL,
    `items` INTEGER NOT NULL,
    `weight_kg` DECIMAL(24, 3) NOT NULL,
    `heads` BIGINT NOT NULL,
    `declared_value` DECIMAL(24, 2) NOT NULL,
    `value_reference` DECIMAL(24, 2) NOT NULL,
    `unconverted_collections` INTEGER NOT NULL,
    `controls` INTEGER NOT NULL,
    `controlled_collections` INTEGER NOT NULL,
    `fees_paid_reference` DECIMAL(24, 2) NOT NULL,
    `illegal_fees_reference` DECIMAL(24, 2) NOT NULL,
    `illegal_payments` INTEGER NOT NULL,
    `collections_with_illegal_fees` INTEGER NOT NULL,
    `control_minutes` DECIMAL(20, 1) NOT NULL,
    `knows_community_yes` INTEGER NOT NULL,
    `knows_community_answered` INTEGER NOT NULL,
    `knows_national_yes` INTEGER NOT NULL,
    `knows_national_answered` INTEGER NOT NULL,
    `driver_licence_yes` INTEGER NOT NULL,
    `driver_licence_answered` INTEGER NOT NULL,
    `vehicle_documents_yes` INTEGER NOT NULL,
    `vehicle_documents_answered` INTEGER NOT NULL,
    `with_control_posts` INTEGER NOT NULL DEFAULT 0,
    `with_illegal_fees` INTEGER NOT NULL DEFAULT 0,
    `vehicle_inspection_yes` INTEGER NOT NULL DEFAULT 0,
    `vehicle_inspection_answered` INTEGER NOT NULL DEFAULT 0,
    `registration_card_yes` INTEGER NOT NULL DEFAULT 0,
    `registration_card_answered` INTEGER NOT NULL DEFAULT 0,
    `vehicle_insurance_yes` INTEGER NOT NULL DEFAULT 0,
    `vehicle_insurance_answered` INTEGER NOT NULL DEFAULT 0,
    `other_documents_yes` INTEGER NOT NULL DEFAULT 0,
    `other_documents_answered` INTEGER NOT NULL DEFAULT 0,

    INDEX `tradeflow_stats_flow_month_point_day_idx`(`day`),
    PRIMARY KEY (`row_key`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `tradeflow_stats_flow_month_mode` (
    `row_key` CHAR(32) NOT NULL,
    `day` DATE NOT NULL,
    `status` VARCHAR(16) NOT NULL,
    `level` INTEGER NOT NULL,
    `collection_type` VARCHAR(16) NOT NULL,
    `context` VARCHAR(16) NOT NULL,
    `transport_mode_id` INTEGER NOT NULL,
    `team_id` INTEGER NOT NULL,
    `region_id` INTEGER NOT NULL,
    `currency_code` CHAR(3) NOT NULL,
    `collections` INTEGER NOT NULL,
    `items` INTEGER NOT NULL,
    `weight_kg` DECIMAL(24, 3) NOT NULL,
    `heads` BIGINT NOT NULL,
    `declared_value` DECIMAL(24, 2) NOT NULL,
    `value_reference` DECIMAL(24, 2) NOT NULL,
    `unconverted_collections` INTEGER NOT NULL,
    `controls` INTEGER NOT NULL,
    `controlled_collections` INTEGER NOT NULL,
    `fees_paid_reference` DECIMAL(24, 2) NOT NULL,
    `illegal_fees_reference` DECIMAL(24, 2) NOT NULL,
    `illegal_payments` INTEGER NOT NULL,
    `collections_with_illegal_fees` INTEGER NOT NULL,
    `control_minutes` DECIMAL(20, 1) NOT NULL,
    `knows_community_yes` INTEGER NOT NULL,
    `knows_community_answered` INTEGER NOT NULL,
    `knows_national_yes` INTEGER NOT NULL,
    `knows_national_answered` INTEGER NOT NULL,
    `driver_licence_yes` INTEGER NOT NULL,
    `driver_licence_answered` INTEGER NOT NULL,
    `vehicle_documents_yes` INTEGER NOT NULL,
    `vehicle_documents_answered` INTEGER NOT NULL,
    `with_control_posts` INTEGER NOT NULL DEFAULT 0,
    `with_illegal_fees` INTEGER NOT NULL DEFAULT 0,
    `vehicle_inspection_yes` INTEGER NOT NULL DEFAULT 0,
    `vehicle_inspection_answered` INTEGER NOT NULL DEFAULT 0,
    `registration_card_yes` INTEGER NOT NULL DEFAULT 0,
    `registration_card_answered` INTEGER NOT NULL DEFAULT 0,
    `vehicle_insurance_yes` INTEGER NOT NULL DEFAULT 0,
    `vehicle_insurance_answered` INTEGER NOT NULL DEFAULT 0,
    `other_documents_yes` INTEGER NOT NULL DEFAULT 0,
    `other_documents_answered` INTEGER NOT NULL DEFAULT 0,

    INDEX `tradeflow_stats_flow_month_mode_day_idx`(`day`),
    PRIMARY KEY (`row_key`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `tradeflow_stats_flow_month_countries` (
    `row_key` CHAR(32) NOT NULL,
    `day` DATE NOT NULL,
    `status` VARCHAR(16) NOT NULL,
    `level` INTEGER NOT NULL,
    `collection_type` VARCHAR(16) NOT NULL,
    `direction` VARCHAR(16) NOT NULL,
    `origin_country_id` INTEGER NOT NULL,
    `destination_country_id` INTEGER NOT NULL,
    `team_id` INTEGER NOT NULL,
    `region_id` INTEGER NOT NULL,
    `currency_code` CHAR(3) NOT NULL,
    `collections` INTEGER NOT NULL,
    `items` INTEGER NOT NULL,
    `weight_kg` DECIMAL(24, 3) NOT NULL,
    `heads` BIGINT NOT NULL,
    `declared_value` DECIMAL(24, 2) NOT NULL,
    `value_reference` DECIMAL(24, 2) NOT NULL,
    `unconverted_collections` INTEGER NOT NULL,
    `controls` INTEGER NOT NULL,
    `controlled_collections` INTEGER NOT NULL,
    `fees_paid_reference` DECIMAL(24, 2) NOT NULL,
    `illegal_fees_reference` DECIMAL(24, 2) NOT NULL,
    `illegal_payments` INTEGER NOT NULL,
    `collections_with_illegal_fees` INTEGER NOT NULL,
    `control_minutes` DECIMAL(20, 1) NOT NULL,
    `knows_community_yes` INTEGER NOT NULL,
    `knows_community_answered` INTEGER NOT NULL,
    `knows_national_yes` INTEGER NOT NULL,
    `knows_national_answered` INTEGER NOT NULL,
    `driver_licence_yes` INTEGER NOT NULL,
    `driver_licence_answered` INTEGER NOT NULL,
    `vehicle_documents_yes` INTEGER NOT NULL,
    `vehicle_documents_answered` INTEGER NOT NULL,
    `with_control_posts` INTEGER NOT NULL DEFAULT 0,
    `with_illegal_fees` INTEGER NOT NULL DEFAULT 0,
    `vehicle_inspection_yes` INTEGER NOT NULL DEFAULT 0,
    `vehicle_inspection_answered` INTEGER NOT NULL DEFAULT 0,
    `registration_card_yes` INTEGER NOT NULL DEFAULT 0,
    `registration_card_answered` INTEGER NOT NULL DEFAULT 0,
    `vehicle_insurance_yes` INTEGER NOT NULL DEFAULT 0,
    `vehicle_insurance_answered` INTEGER NOT NULL DEFAULT 0,
    `other_documents_yes` INTEGER NOT NULL DEFAULT 0,
    `other_documents_answered` INTEGER NOT NULL DEFAULT 0,

    INDEX `tradeflow_stats_flow_month_countries_day_idx`(`day`),
    PRIMARY KEY (`row_key`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `tradeflow_stats_product_month_product` (
    `row_key` CHAR(32) NOT NULL,
    `day` DATE NOT NULL,
    `status` VARCHAR(16) NOT NULL,
    `level` INTEGER NOT NULL,
    `collection_type` VARCHAR(16) NOT NULL,
    `team_id` INTEGER NOT NULL,
    `region_id` INTEGER NOT NULL,
    `currency_code` CHAR(3) NOT NULL,
    `product_id` INTEGER NOT NULL,
    `collections` INTEGER NOT NULL,
    `items` INTEGER NOT NULL,
    `weight_kg` DECIMAL(24, 3) NOT NULL,
    `heads` BIGINT NOT NULL,
    `declared_value` DECIMAL(24, 2) NOT NULL,
    `value_reference` DECIMAL(24, 2) NOT NULL,
    `unconverted_collections` INTEGER NOT NULL,

    INDEX `tradeflow_stats_product_month_product_day_idx`(`day`),
    PRIMARY KEY (`row_key`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `tradeflow_stats_control_month_service` (
    `row_key` CHAR(32) NOT NULL,
    `day` DATE NOT NULL,
    `status` VARCHAR(16) NOT NULL,
    `level` INTEGER NOT NULL,
    `collection_type` VARCHAR(16) NOT NULL,
    `corridor_id` INTEGER NOT NULL,
    `team_id` INTEGER NOT NULL,
    `region_id` INTEGER NOT NULL,
    `currency_code` CHAR(3) NOT NULL,
    `control_service_id` INTEGER NOT NULL,
    `collections` INTEGER NOT NULL,
    `controls` INTEGER NOT NULL,
    `fees_paid_reference` DECIMAL(24, 2) NOT NULL,
    `illegal_fees_reference` DECIMAL(24, 2) NOT NULL,
    `illegal_payments` INTEGER NOT NULL,
    `control_minutes` DECIMAL(20, 1) NOT NULL,

    INDEX `tradeflow_stats_control_month_service_day_idx`(`day`),
    PRIMARY KEY (`row_key`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `tradeflow_stats_decision_month_level` (
    `row_key` CHAR(32) NOT NULL,
    `day` DATE NOT NULL,
    `action` VARCHAR(16) NOT NULL,
    `level` INTEGER NOT NULL,
    `to_status` VARCHAR(16) NOT NULL,
    `collection_type` VARCHAR(16) NOT NULL,
    `team_id` INTEGER NOT NULL,
    `region_id` INTEGER NOT NULL,
    `duration_bucket` INTEGER NOT NULL,
    `decisions` INTEGER NOT NULL,
    `duration_seconds` BIGINT NOT NULL,
    `timed_decisions` INTEGER NOT NULL,
    `score_sum` INTEGER NOT NULL,
    `scored_decisions` INTEGER NOT NULL,

    INDEX `tradeflow_stats_decision_month_level_day_idx`(`day`),
    PRIMARY KEY (`row_key`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- Fill from the parts
INSERT INTO `tradeflow_stats_flow_month_route` (row_key, day, status, level, collection_type, team_id, region_id, currency_code, direction, corridor_id, collections, items, weight_kg, heads, declared_value, value_reference, unconverted_collections, controls, controlled_collections, fees_paid_reference, illegal_fees_reference, illegal_payments, collections_with_illegal_fees, control_minutes, knows_community_yes, knows_community_answered, knows_national_yes, knows_national_answered, driver_licence_yes, driver_licence_answered, vehicle_documents_yes, vehicle_documents_answered, with_control_posts, with_illegal_fees, vehicle_inspection_yes, vehicle_inspection_answered, registration_card_yes, registration_card_answered, vehicle_insurance_yes, vehicle_insurance_answered, other_documents_yes, other_documents_answered)
  SELECT MD5(CONCAT_WS('|', DATE_FORMAT(day, '%Y-%m-01'), status, level, collection_type, team_id, region_id, currency_code, direction, corridor_id)), DATE_FORMAT(day, '%Y-%m-01'), status, level, collection_type, team_id, region_id, currency_code, direction, corridor_id, SUM(collections), SUM(items), SUM(weight_kg), SUM(heads), SUM(declared_value), SUM(value_reference), SUM(unconverted_collections), SUM(controls), SUM(controlled_collections), SUM(fees_paid_reference), SUM(illegal_fees_reference), SUM(illegal_payments), SUM(collections_with_illegal_fees), SUM(control_minutes), SUM(knows_community_yes), SUM(knows_community_answered), SUM(knows_national_yes), SUM(knows_national_answered), SUM(driver_licence_yes), SUM(driver_licence_answered), SUM(vehicle_documents_yes), SUM(vehicle_documents_answered), SUM(with_control_posts), SUM(with_illegal_fees), SUM(vehicle_inspection_yes), SUM(vehicle_inspection_answered), SUM(registration_card_yes), SUM(registration_card_answered), SUM(vehicle_insurance_yes), SUM(vehicle_insurance_answered), SUM(other_documents_yes), SUM(other_documents_answered)
  FROM `tradeflow_stats_flow_part` GROUP BY DATE_FORMAT(day, '%Y-%m-01'), status, level, collection_type, team_id, region_id, currency_code, direction, corridor_id;

-- Fill from the parts
INSERT INTO `tradeflow_stats_flow_month_point` (row_key, day, status, level, collection_type, team_id, region_id, currency_code, collection_point_id, gender, collections, items, weight_kg, heads, declared_value, value_reference, unconverted_collections, controls, controlled_collections, fees_paid_reference, illegal_fees_reference, illegal_payments, collections_with_illegal_fees, control_minutes, knows_community_yes, knows_community_answered, knows_national_yes, knows_national_answered, driver_licence_yes, driver_licence_answered, vehicle_documents_yes, vehicle_documents_answered, with_control_posts, with_illegal_fees, vehicle_inspection_yes, vehicle_inspection_answered, registration_card_yes, registration_card_answered, vehicle_insurance_yes, vehicle_insurance_answered, other_documents_yes, other_documents_answered)
  SELECT MD5(CONCAT_WS('|', DATE_FORMAT(day, '%Y-%m-01'), status, level, collection_type, team_id, region_id, currency_code, collection_point_id, gender)), DATE_FORMAT(day, '%Y-%m-01'), status, level, collection_type, team_id, region_id, currency_code, collection_point_id, gender, SUM(collections), SUM(items), SUM(weight_kg), SUM(heads), SUM(declared_value), SUM(value_reference), SUM(unconverted_collections), SUM(controls), SUM(controlled_collections), SUM(fees_paid_reference), SUM(illegal_fees_reference), SUM(illegal_payments), SUM(collections_with_illegal_fees), SUM(control_minutes), SUM(knows_community_yes), SUM(knows_community_answered), SUM(knows_national_yes), SUM(knows_national_answered), SUM(driver_licence_yes), SUM(driver_licence_answered), SUM(vehicle_documents_yes), SUM(vehicle_documents_answered), SUM(with_control_posts), SUM(with_illegal_fees), SUM(vehicle_inspection_yes), SUM(vehicle_inspection_answered), SUM(registration_card_yes), SUM(registration_card_answered), SUM(vehicle_insurance_yes), SUM(vehicle_insurance_answered), SUM(other_documents_yes), SUM(other_documents_answered)
  FROM `tradeflow_stats_flow_part` GROUP BY DATE_FORMAT(day, '%Y-%m-01'), status, level, collection_type, team_id, region_id, currency_code, collection_point_id, gender;

-- Fill from the parts
INSERT INTO `tradeflow_stats_flow_month_mode` (row_key, day, status, level, collection_type, team_id, region_id, currency_code, context, transport_mode_id, collections, items, weight_kg, heads, declared_value, value_reference, unconverted_collections, controls, controlled_collections, fees_paid_reference, illegal_fees_reference, illegal_payments, collections_with_illegal_fees, control_minutes, knows_community_yes, knows_community_answered, knows_national_yes, knows_national_answered, driver_licence_yes, driver_licence_answered, vehicle_documents_yes, vehicle_documents_answered, with_control_posts, with_illegal_fees, vehicle_inspection_yes, vehicle_inspection_answered, registration_card_yes, registration_card_answered, vehicle_insurance_yes, vehicle_insurance_answered, other_documents_yes, other_documents_answered)
  SELECT MD5(CONCAT_WS('|', DATE_FORMAT(day, '%Y-%m-01'), status, level, collection_type, team_id, region_id, currency_code, context, transport_mode_id)), DATE_FORMAT(day, '%Y-%m-01'), status, level, collection_type, team_id, region_id, currency_code, context, transport_mode_id, SUM(collections), SUM(items), SUM(weight_kg), SUM(heads), SUM(declared_value), SUM(value_reference), SUM(unconverted_collections), SUM(controls), SUM(controlled_collections), SUM(fees_paid_reference), SUM(illegal_fees_reference), SUM(illegal_payments), SUM(collections_with_illegal_fees), SUM(control_minutes), SUM(knows_community_yes), SUM(knows_community_answered), SUM(knows_national_yes), SUM(knows_national_answered), SUM(driver_licence_yes), SUM(driver_licence_answered), SUM(vehicle_documents_yes), SUM(vehicle_documents_answered), SUM(with_control_posts), SUM(with_illegal_fees), SUM(vehicle_inspection_yes), SUM(vehicle_inspection_answered), SUM(registration_card_yes), SUM(registration_card_answered), SUM(vehicle_insurance_yes), SUM(vehicle_insurance_answered), SUM(other_documents_yes), SUM(other_documents_answered)
  FROM `tradeflow_stats_flow_part` GROUP BY DATE_FORMAT(day, '%Y-%m-01'), status, level, collection_type, team_id, region_id, currency_code, context, transport_mode_id;

-- Fill from the parts
INSERT INTO `tradeflow_stats_flow_month_countries` (row_key, day, status, level, collection_type, team_id, region_id, currency_code, direction, origin_country_id, destination_country_id, collections, items, weight_kg, heads, declared_value, value_reference, unconverted_collections, controls, controlled_collections, fees_paid_reference, illegal_fees_reference, illegal_payments, collections_with_illegal_fees, control_minutes, knows_community_yes, knows_community_answered, knows_national_yes, knows_national_answered, driver_licence_yes, driver_licence_answered, vehicle_documents_yes, vehicle_documents_answered, with_control_posts, with_illegal_fees, vehicle_inspection_yes, vehicle_inspection_answered, registration_card_yes, registration_card_answered, vehicle_insurance_yes, vehicle_insurance_answered, other_documents_yes, other_documents_answered)
  SELECT MD5(CONCAT_WS('|', DATE_FORMAT(day, '%Y-%m-01'), status, level, collection_type, team_id, region_id, currency_code, direction, origin_country_id, destination_country_id)), DATE_FORMAT(day, '%Y-%m-01'), status, level, collection_type, team_id, region_id, currency_code, direction, origin_country_id, destination_country_id, SUM(collections), SUM(items), SUM(weight_kg), SUM(heads), SUM(declared_value), SUM(value_reference), SUM(unconverted_collections), SUM(controls), SUM(controlled_collections), SUM(fees_paid_reference), SUM(illegal_fees_reference), SUM(illegal_payments), SUM(collections_with_illegal_fees), SUM(control_minutes), SUM(knows_community_yes), SUM(knows_community_answered), SUM(knows_national_yes), SUM(knows_national_answered), SUM(driver_licence_yes), SUM(driver_licence_answered), SUM(vehicle_documents_yes), SUM(vehicle_documents_answered), SUM(with_control_posts), SUM(with_illegal_fees), SUM(vehicle_inspection_yes), SUM(vehicle_inspection_answered), SUM(registration_card_yes), SUM(registration_card_answered), SUM(vehicle_insurance_yes), SUM(vehicle_insurance_answered), SUM(other_documents_yes), SUM(other_documents_answered)
  FROM `tradeflow_stats_flow_part` GROUP BY DATE_FORMAT(day, '%Y-%m-01'), status, level, collection_type, team_id, region_id, currency_code, direction, origin_country_id, destination_country_id;

-- Fill from the parts
INSERT INTO `tradeflow_stats_product_month_product` (row_key, day, status, level, collection_type, team_id, region_id, currency_code, product_id, collections, items, weight_kg, heads, declared_value, value_reference, unconverted_collections)
  SELECT MD5(CONCAT_WS('|', DATE_FORMAT(day, '%Y-%m-01'), status, level, collection_type, team_id, region_id, currency_code, product_id)), DATE_FORMAT(day, '%Y-%m-01'), status, level, collection_type, team_id, region_id, currency_code, product_id, SUM(collections), SUM(items), SUM(weight_kg), SUM(heads), SUM(declared_value), SUM(value_reference), SUM(unconverted_collections)
  FROM `tradeflow_stats_product_part` GROUP BY DATE_FORMAT(day, '%Y-%m-01'), status, level, collection_type, team_id, region_id, currency_code, product_id;

-- Fill from the parts
INSERT INTO `tradeflow_stats_control_month_service` (row_key, day, status, level, collection_type, team_id, region_id, currency_code, corridor_id, control_service_id, collections, controls, fees_paid_reference, illegal_fees_reference, illegal_payments, control_minutes)
  SELECT MD5(CONCAT_WS('|', DATE_FORMAT(day, '%Y-%m-01'), status, level, collection_type, team_id, region_id, currency_code, corridor_id, control_service_id)), DATE_FORMAT(day, '%Y-%m-01'), status, level, collection_type, team_id, region_id, currency_code, corridor_id, control_service_id, SUM(collections), SUM(controls), SUM(fees_paid_reference), SUM(illegal_fees_reference), SUM(illegal_payments), SUM(control_minutes)
  FROM `tradeflow_stats_control_part` GROUP BY DATE_FORMAT(day, '%Y-%m-01'), status, level, collection_type, team_id, region_id, currency_code, corridor_id, control_service_id;

-- Fill from the parts
INSERT INTO `tradeflow_stats_decision_month_level` (row_key, day, action, level, to_status, collection_type, team_id, region_id, duration_bucket, decisions, duration_seconds, timed_decisions, score_sum, scored_decisions)
  SELECT MD5(CONCAT_WS('|', DATE_FORMAT(day, '%Y-%m-01'), action, level, to_status, collection_type, team_id, region_id, duration_bucket)), DATE_FORMAT(day, '%Y-%m-01'), action, level, to_status, collection_type, team_id, region_id, duration_bucket, SUM(decisions), SUM(duration_seconds), SUM(timed_decisions), SUM(score_sum), SUM(scored_decisions)
  FROM `tradeflow_stats_decision_part` GROUP BY DATE_FORMAT(day, '%Y-%m-01'), action, level, to_status, collection_type, team_id, region_id, duration_bucket;

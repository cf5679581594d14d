-- Compliance measures on the flow rollups: control posts and illegal fees from the collection's header as
-- well as its controls, and the four driver documents one by one. Existing rows are backfilled from the raw
-- collections, so the rollups keep equalling a recomputation (`npm run stats:rebuild -- --check`).

-- AlterTable
ALTER TABLE `tradeflow_stats_flow_part` ADD COLUMN `with_control_posts` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `with_illegal_fees` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `vehicle_inspection_yes` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `vehicle_inspection_answered` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `registration_card_yes` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `registration_card_answered` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `vehicle_insurance_yes` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `vehicle_insurance_answered` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `other_documents_yes` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `other_documents_answered` INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE `tradeflow_stats_flow_day` ADD COLUMN `with_control_posts` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `with_illegal_fees` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `vehicle_inspection_yes` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `vehicle_inspection_answered` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `registration_card_yes` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `registration_card_answered` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `vehicle_insurance_yes` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `vehicle_insurance_answered` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `other_documents_yes` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `other_documents_answered` INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE `tradeflow_stats_flow_month` ADD COLUMN `with_control_posts` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `with_illegal_fees` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `vehicle_inspection_yes` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `vehicle_inspection_answered` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `registration_card_yes` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `registration_card_answered` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `vehicle_insurance_yes` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `vehicle_insurance_answered` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `other_documents_yes` INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN `other_documents_answered` INTEGER NOT NULL DEFAULT 0;

-- Backfill: each collection's part row from its raw rows
UPDATE `tradeflow_stats_flow_part` p
  JOIN `tradeflow_collection` c ON c.id = p.collection_id
  LEFT JOIN (SELECT collection_id, COUNT(*) AS controls, SUM(IF(illegal_fees > 0 OR illegal_fees_paid, 1, 0)) AS illegal_flags
    FROM `tradeflow_collection_control` GROUP BY collection_id) k ON k.collection_id = p.collection_id
SET p.with_control_posts = IF(c.has_control_posts OR COALESCE(c.control_posts_count, 0) > 0 OR COALESCE(k.controls, 0) > 0, 1, 0),
    p.with_illegal_fees = IF(c.illegal_fees_paid OR COALESCE(c.illegal_fees_amount, 0) > 0 OR COALESCE(k.illegal_flags, 0) > 0, 1, 0),
    p.vehicle_inspection_yes = IF(c.driver_vehicle_inspection_up_to_date, 1, 0),
    p.vehicle_inspection_answered = IF(c.driver_vehicle_inspection_up_to_date IS NULL, 0, 1),
    p.registration_card_yes = IF(c.driver_registration_card_up_to_date, 1, 0),
    p.registration_card_answered = IF(c.driver_registration_card_up_to_date IS NULL, 0, 1),
    p.vehicle_insurance_yes = IF(c.driver_insurance_up_to_date, 1, 0),
    p.vehicle_insurance_answered = IF(c.driver_insurance_up_to_date IS NULL, 0, 1),
    p.other_documents_yes = IF(c.driver_other_documents_up_to_date, 1, 0),
    p.other_documents_answered = IF(c.driver_other_documents_up_to_date IS NULL, 0, 1);

-- Backfill: the day rollup's key is the part's key (same dimensions)
UPDATE `tradeflow_stats_flow_day` r
  JOIN (SELECT row_key, SUM(with_control_posts) AS with_control_posts, SUM(with_illegal_fees) AS with_illegal_fees, SUM(vehicle_inspection_yes) AS vehicle_inspection_yes, SUM(vehicle_inspection_answered) AS vehicle_inspection_answered, SUM(registration_card_yes) AS registration_card_yes, SUM(registration_card_answered) AS registration_card_answered, SUM(vehicle_insurance_yes) AS vehicle_insurance_yes, SUM(vehicle_insurance_answered) AS vehicle_insurance_answered, SUM(other_documents_yes) AS other_documents_yes, SUM(other_documents_answered) AS other_documents_answered FROM `tradeflow_stats_flow_part` GROUP BY row_key) s ON s.row_key = r.row_key
SET r.with_control_posts = s.with_control_posts,
    r.with_illegal_fees = s.with_illegal_fees,
    r.vehicle_inspection_yes = s.vehicle_inspection_yes,
    r.vehicle_inspection_answered = s.vehicle_inspection_answered,
    r.registration_card_yes = s.registration_card_yes,
    r.registration_card_answered = s.registration_card_answered,
    r.vehicle_insurance_yes = s.vehicle_insurance_yes,
    r.vehicle_insurance_answered = s.vehicle_insurance_answered,
    r.other_documents_yes = s.other_documents_yes,
    r.other_documents_answered = s.other_documents_answered;

-- Backfill: the month rollup's key (first day of the month, no collector)
UPDATE `tradeflow_stats_flow_month` r
  JOIN (SELECT MD5(CONCAT_WS('|', DATE_FORMAT(day, '%Y-%m-01'), status, level, collection_type, context, direction, collection_point_id, corridor_id, origin_country_id, destination_country_id, transport_mode_id, gender, team_id, region_id, currency_code)) AS row_key, SUM(with_control_posts) AS with_control_posts, SUM(with_illegal_fees) AS with_illegal_fees, SUM(vehicle_inspection_yes) AS vehicle_inspection_yes, SUM(vehicle_inspection_answered) AS vehicle_inspection_answered, SUM(registration_card_yes) AS registration_card_yes, SUM(registration_card_answered) AS registration_card_answered, SUM(vehicle_insurance_yes) AS vehicle_insurance_yes, SUM(vehicle_insurance_answered) AS vehicle_insurance_answered, SUM(other_documents_yes) AS other_documents_yes, SUM(other_documents_answered) AS other_documents_answered
    FROM `tradeflow_stats_flow_part` GROUP BY 1) s ON s.row_key = r.row_key
SET r.with_control_posts = s.with_control_posts,
    r.with_illegal_fees = s.with_illegal_fees,
    r.vehicle_inspection_yes = s.vehicle_inspection_yes,
    r.vehicle_inspection_answered = s.vehicle_inspection_answered,
    r.registration_card_yes = s.registration_card_yes,
    r.registration_card_answered = s.registration_card_answered,
    r.vehicle_insurance_yes = s.vehicle_insurance_yes,
    r.vehicle_insurance_answered = s.vehicle_insurance_answered,
    r.other_documents_yes = s.other_documents_yes,
    r.other_documents_answered = s.other_documents_answered;

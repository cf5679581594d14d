-- Collection, item and control ids are ASCII UUIDs: store and compare them byte for byte. Under the
-- tables' utf8mb4_unicode_ci collation every key comparison computed collation weights for 36
-- characters, which made each index lookup on these keys cost 15-45 µs on the benchmark machine
-- (a quarter of the bulk-insert CPU, most of a report page's database time). Every column that holds
-- such an id changes together, so joins compare like with like and keep their indexes. A column a
-- foreign key uses cannot change type, so the four foreign keys are dropped and added back unchanged.
ALTER TABLE `tradeflow_collection_item` DROP FOREIGN KEY `tradeflow_collection_item_collection_id_fkey`;
ALTER TABLE `tradeflow_collection_control` DROP FOREIGN KEY `tradeflow_collection_control_collection_id_fkey`;
ALTER TABLE `tradeflow_collection_validation` DROP FOREIGN KEY `tradeflow_collection_validation_collection_id_fkey`;
ALTER TABLE `tradeflow_collection_control_tax_type` DROP FOREIGN KEY `tradeflow_collection_control_tax_type_control_id_fkey`;

ALTER TABLE `tradeflow_collection` MODIFY `id` CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
ALTER TABLE `tradeflow_collection_item`
  MODIFY `id` CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  MODIFY `collection_id` CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
ALTER TABLE `tradeflow_collection_control`
  MODIFY `id` CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  MODIFY `collection_id` CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
ALTER TABLE `tradeflow_collection_control_tax_type`
  MODIFY `control_id` CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
ALTER TABLE `tradeflow_collection_validation`
  MODIFY `collection_id` CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
ALTER TABLE `tradeflow_stats_flow_part`
  MODIFY `collection_id` CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
ALTER TABLE `tradeflow_stats_product_part`
  MODIFY `collection_id` CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
ALTER TABLE `tradeflow_stats_control_part`
  MODIFY `collection_id` CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
ALTER TABLE `tradeflow_stats_decision_part`
  MODIFY `collection_id` CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;

ALTER TABLE `tradeflow_collection_item` ADD CONSTRAINT `tradeflow_collection_item_collection_id_fkey`
  FOREIGN KEY (`collection_id`) REFERENCES `tradeflow_collection` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `tradeflow_collection_control` ADD CONSTRAINT `tradeflow_collection_control_collection_id_fkey`
  FOREIGN KEY (`collection_id`) REFERENCES `tradeflow_collection` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `tradeflow_collection_validation` ADD CONSTRAINT `tradeflow_collection_validation_collection_id_fkey`
  FOREIGN KEY (`collection_id`) REFERENCES `tradeflow_collection` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `tradeflow_collection_control_tax_type` ADD CONSTRAINT `tradeflow_collection_control_tax_type_control_id_fkey`
  FOREIGN KEY (`control_id`) REFERENCES `tradeflow_collection_control` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- Data only: databases seeded before figures carried a basis. Marks the seeded figures that the
-- sources do not state as such: the Bluezone rank's "of 63" and the e-government rank of 2019 are
-- derived from the report; of the 2021 tasks, whose state the report never gives, two are derived
-- from its wording and the smart-city centre's "not started" is assumed. Only the seed's own
-- revisions are touched; an analyst's later figures keep theirs.
UPDATE `observation_revisions` SET `basis` = 'derived'
  WHERE `created_by` = 'seed' AND `basis` = 'stated' AND `observation_id` IN (
    SELECT o.`id` FROM `observations` o JOIN `indicators` i ON i.`id` = o.`indicator_id`
    WHERE i.`code` = 'bluezone-install-rank' AND o.`period` = 2020);
--> statement-breakpoint
UPDATE `observation_revisions` SET `basis` = 'derived'
  WHERE `created_by` = 'seed' AND `basis` = 'stated' AND `observation_id` IN (
    SELECT o.`id` FROM `observations` o JOIN `indicators` i ON i.`id` = o.`indicator_id`
    WHERE i.`code` = 'egov-rank' AND o.`period` = 2019);
--> statement-breakpoint
UPDATE `observation_revisions` SET `basis` = 'derived'
  WHERE `created_by` = 'seed' AND `basis` = 'stated' AND `observation_id` IN (
    SELECT o.`id` FROM `observations` o JOIN `indicators` i ON i.`id` = o.`indicator_id`
    WHERE i.`code` = 'provincial-information-centre' AND o.`period` = 2021);
--> statement-breakpoint
UPDATE `observation_revisions` SET `basis` = 'derived'
  WHERE `created_by` = 'seed' AND `basis` = 'stated' AND `observation_id` IN (
    SELECT o.`id` FROM `observations` o JOIN `indicators` i ON i.`id` = o.`indicator_id`
    WHERE i.`code` = 'sector-digitisation' AND o.`period` = 2021);
--> statement-breakpoint
UPDATE `observation_revisions` SET `basis` = 'assumed'
  WHERE `created_by` = 'seed' AND `basis` = 'stated' AND `observation_id` IN (
    SELECT o.`id` FROM `observations` o JOIN `indicators` i ON i.`id` = o.`indicator_id`
    WHERE i.`code` = 'smart-city-ioc-pilot' AND o.`period` = 2021);
--> statement-breakpoint
UPDATE `observation_revisions` SET `note` = 'Nhiệm vụ trọng tâm năm 2021 theo báo cáo tổng kết. Báo cáo không nêu tình trạng: "chưa bắt đầu" là giả định.', `note_en` = 'A key task for 2021, according to the year-end review report. The report gives no state: "not started" is assumed.'
  WHERE `created_by` = 'seed' AND `note` = 'Nhiệm vụ trọng tâm năm 2021 theo báo cáo tổng kết.' AND `observation_id` IN (
    SELECT o.`id` FROM `observations` o JOIN `indicators` i ON i.`id` = o.`indicator_id`
    WHERE i.`code` = 'smart-city-ioc-pilot' AND o.`period` = 2021);
--> statement-breakpoint
UPDATE `observation_revisions` SET `note` = 'Hội nghị giao nhiệm vụ hoàn thiện thí điểm trong năm 2021. "Đang thực hiện" suy ra từ yêu cầu hoàn thiện thí điểm; báo cáo không nêu tình trạng.', `note_en` = 'The conference set the task of completing the pilot in 2021. "In progress" is inferred from the call to complete the pilot; the report gives no state.'
  WHERE `created_by` = 'seed' AND `note` = 'Hội nghị giao nhiệm vụ hoàn thiện thí điểm trong năm 2021.' AND `observation_id` IN (
    SELECT o.`id` FROM `observations` o JOIN `indicators` i ON i.`id` = o.`indicator_id`
    WHERE i.`code` = 'provincial-information-centre' AND o.`period` = 2021);
--> statement-breakpoint
UPDATE `observation_revisions` SET `note` = 'Nhiệm vụ năm 2021 theo báo cáo tổng kết. "Đang thực hiện" suy ra từ yêu cầu đẩy nhanh số hóa; báo cáo không nêu tình trạng.', `note_en` = 'A task for 2021, according to the year-end review report. "In progress" is inferred from the call to speed up digitisation; the report gives no state.'
  WHERE `created_by` = 'seed' AND `note` = 'Nhiệm vụ năm 2021 theo báo cáo tổng kết.' AND `observation_id` IN (
    SELECT o.`id` FROM `observations` o JOIN `indicators` i ON i.`id` = o.`indicator_id`
    WHERE i.`code` = 'sector-digitisation' AND o.`period` = 2021);
--> statement-breakpoint
UPDATE `sources` SET `note_en` = 'The department’s news item on its review conference of 15/01/2021. The item gives no publication date and no URL.'
  WHERE `title` = 'Hội nghị tổng kết công tác Thông tin và Truyền thông năm 2020, triển khai nhiệm vụ trọng tâm năm 2021' AND `note` = 'Tin của Sở về hội nghị tổng kết ngày 15/01/2021. Bản tin không ghi ngày đăng và địa chỉ URL.' AND `note_en` IS NULL;
--> statement-breakpoint
UPDATE `sources` SET `note_en` = 'Named in the 2020 year-end review report.'
  WHERE `title` = 'Kế hoạch của UBND tỉnh Lạng Sơn thực hiện Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ' AND `note` = 'Được nêu trong báo cáo tổng kết năm 2020.' AND `note_en` IS NULL;
--> statement-breakpoint
UPDATE `sources` SET `note_en` = 'Named in the 2020 year-end review report; the report gives no number and no date.'
  WHERE `title` = 'Kế hoạch thực hiện Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030 trên địa bàn tỉnh Lạng Sơn' AND `note` = 'Được nêu trong báo cáo tổng kết năm 2020; báo cáo không ghi số hiệu và ngày.' AND `note_en` IS NULL;
--> statement-breakpoint
UPDATE `sources` SET `note_en` = 'Named in the 2020 year-end review report; the report gives no number and no date.'
  WHERE `title` = 'Đề án Chính quyền điện tử tỉnh Lạng Sơn giai đoạn 2019 - 2025' AND `note` = 'Được nêu trong báo cáo tổng kết năm 2020; báo cáo không ghi số hiệu và ngày.' AND `note_en` IS NULL;
--> statement-breakpoint
UPDATE `sources` SET `note_en` = 'Number and date from the public sources of the indicator catalogue (CATALOGUE.md), not from the report.'
  WHERE `title` = 'Quyết định phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030' AND `note` = 'Số hiệu và ngày theo các nguồn công khai của danh mục chỉ tiêu (CATALOGUE.md), không theo báo cáo.' AND `note_en` IS NULL;
--> statement-breakpoint
UPDATE `sources` SET `note_en` = 'The source of the 2030 target for the digital economy’s share of GDP.'
  WHERE `title` = 'Quyết định phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số' AND `note` = 'Nguồn của mục tiêu tỷ trọng kinh tế số trong GDP năm 2030.' AND `note_en` IS NULL;
--> statement-breakpoint
UPDATE `sources` SET `note_en` = 'Published on vanphong.langson.gov.vn.'
  WHERE `title` = 'Kế hoạch của UBND tỉnh Lạng Sơn về phát triển kinh tế số, xã hội số' AND `note` = 'Đăng trên vanphong.langson.gov.vn.' AND `note_en` IS NULL;
--> statement-breakpoint
UPDATE `sources` SET `note_en` = 'As reported by the Đại biểu Nhân dân newspaper (daibieunhandan.vn).'
  WHERE `title` = 'Chỉ đạo của Bộ Thông tin và Truyền thông: 100% dịch vụ công đủ điều kiện lên trực tuyến mức độ 4 trong năm 2021' AND `note` = 'Theo báo Đại biểu Nhân dân (daibieunhandan.vn).' AND `note_en` IS NULL;
--> statement-breakpoint
UPDATE `sources` SET `note_en` = 'A descriptive title; the article is on baolangson.vn.'
  WHERE `title` = 'Kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2020 của Lạng Sơn' AND `note` = 'Tiêu đề mô tả nội dung; bài đăng trên baolangson.vn.' AND `note_en` IS NULL;
--> statement-breakpoint
UPDATE `sources` SET `note_en` = 'A descriptive title.'
  WHERE `title` = 'Kế hoạch chuyển đổi số tỉnh Lạng Sơn đến năm 2025: giữ vững vị trí trong nhóm 10 tỉnh dẫn đầu về DTI' AND `note` = 'Tiêu đề mô tả nội dung.' AND `note_en` IS NULL;

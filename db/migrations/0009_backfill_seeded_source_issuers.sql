-- Data only: the seed once gave the newspaper or website a figure was read in as its issuer.
-- Moves that outlet to `publisher` and names the body that issued the figure where a source says
-- which (the Ministry issues the DTI), else leaves the issuer unknown. Rows an analyst added or
-- edited are untouched: each statement matches a seeded title and its old issuer exactly.
UPDATE `sources` SET `publisher` = `issuer`, `issuer` = NULL
  WHERE `title` = 'Lạng Sơn đưa 100% dịch vụ công lên trực tuyến mức 4 trong 30 ngày' AND `issuer` = 'Khoa học và Phát triển (khoahocphattrien.vn)';
--> statement-breakpoint
UPDATE `sources` SET `publisher` = `issuer`, `issuer` = 'Bộ Thông tin và Truyền thông'
  WHERE `title` = 'Kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2020 của Lạng Sơn' AND `issuer` = 'Báo Lạng Sơn (baolangson.vn)';
--> statement-breakpoint
UPDATE `sources` SET `publisher` = `issuer`, `issuer` = 'Bộ Thông tin và Truyền thông'
  WHERE `title` = 'Lạng Sơn xếp hạng 5 toàn quốc về chỉ số DTI 2021' AND `issuer` = 'Sở Thông tin và Truyền thông tỉnh Lạng Sơn (stttt.langson.gov.vn)';
--> statement-breakpoint
UPDATE `sources` SET `publisher` = 'dti.gov.vn', `issuer` = 'Bộ Thông tin và Truyền thông'
  WHERE `title` = 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022' AND `issuer` = 'Bộ Thông tin và Truyền thông (dti.gov.vn)';
--> statement-breakpoint
UPDATE `sources` SET `publisher` = `issuer`, `issuer` = NULL
  WHERE `title` = 'Kết quả xếp hạng Vietnam ICT Index của tỉnh Lạng Sơn' AND `issuer` = 'Sở Thông tin và Truyền thông tỉnh Lạng Sơn (stttt.langson.gov.vn)';
--> statement-breakpoint
UPDATE `sources` SET `publisher` = `issuer`, `issuer` = NULL
  WHERE `title` = 'Thông báo kết quả xếp hạng mức độ ứng dụng CNTT, phát triển Chính phủ điện tử năm 2017' AND `issuer` = 'vinhphuc.gov.vn';
--> statement-breakpoint
UPDATE `sources` SET `publisher` = `issuer`, `issuer` = NULL
  WHERE `title` = 'Kế hoạch chuyển đổi số tỉnh Lạng Sơn đến năm 2025: giữ vững vị trí trong nhóm 10 tỉnh dẫn đầu về DTI' AND `issuer` = 'VietNamNet (vietnamnet.vn)';
--> statement-breakpoint
UPDATE `sources` SET `publisher` = 'vanphong.langson.gov.vn'
  WHERE `title` = 'Kế hoạch của UBND tỉnh Lạng Sơn về phát triển kinh tế số, xã hội số' AND `number` = '131/KH-UBND' AND `publisher` IS NULL;
--> statement-breakpoint
UPDATE `sources` SET `publisher` = 'Báo Đại biểu Nhân dân (daibieunhandan.vn)'
  WHERE `title` = 'Chỉ đạo của Bộ Thông tin và Truyền thông: 100% dịch vụ công đủ điều kiện lên trực tuyến mức độ 4 trong năm 2021' AND `publisher` IS NULL;

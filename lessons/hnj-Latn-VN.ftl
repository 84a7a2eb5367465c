# Course-level text, H'Mông (hnj-Latn-VN), RPA.
# DRAFT: translated from vi.ftl without a native speaker; to be reviewed.

course-title = Chợ Phiên: kawm muag khoom hauv internet

# Module titles
open-shop = Qhib khw hauv internet
photos = Thaij duab khoom muag
story = Piav txog koj cov khoom
pricing = Teem nqi muag
shipping = Ntim thiab xa khoom
returns = Xa khoom rov qab thiab kev yws
buyers-live = Tham nrog cov neeg yuav, muag khoom live
safety = Muag khoom kom nyab xeeb

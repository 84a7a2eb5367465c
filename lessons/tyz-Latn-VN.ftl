# Course-level text, Tày (tyz-Latn-VN), Latin Tày orthography.
# DRAFT: translated from vi.ftl without a native speaker; to be reviewed.

course-title = Chợ Phiên: slon khai hàng nưa mạng

# Module titles
open-shop = Mở gian hàng nưa mạng
photos = Chụp ảnh hàng
story = Phuối chuyện cúa hàng
pricing = Tính giá khai
shipping = Đóng gói vạ gửi hàng
returns = Trả hàng vạ khiếu nại
buyers-live = Phuối căn vạ cần dự, khai hàng trực tiếp
safety = Khai hàng an toàn

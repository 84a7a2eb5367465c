# Lesson: get-ready (Tày, tyz-Latn-VN)
# DRAFT: translated from vi.ftl without a native speaker; to be reviewed.
# See vi.ftl for sources: only the phone number and personal tax code are backed by
# Law 19/2023/QH15 Art. 37 and 39 [H]; the rest is advice. Scam advice is general safety advice.

title = Chuẩn bị giấy tờ
summary = Mọi thứ cần mì cón dờ mở gian hàng.

## Step 1

ready-intro =
    Dờ mở gian hàng, ứng dụng cúa sàn thăm thâng pỉ noọng.
    Chuẩn bị sẵn giấy tờ cón dờ bắt đầu.
    Mọi sàn thăm ún căn đi nọi.
    Hết đuổi mọi bước dầu ứng dụng.

## Step 2

ready-list =
    Chuẩn bị sẵn slí thứ nẩy:
    Đeo: thẻ căn cước cúa pỉ noọng.
    Slong: số điện thoại cúa pỉ noọng.
    Slam: tài khoản ngân hàng tên pỉ noọng.
    Slí: mã số thuế cá nhân.

## Step 3

ready-which = Cần chuẩn bị lăng? Lưởc láo lúng câu đúng.
ready-id = Thẻ căn cước
ready-land = Sổ đỏ đất rẩy
ready-phone = Số điện thoại cúa đang cáu
ready-bank = Tài khoản ngân hàng tên đang cáu
ready-tax = Mã số thuế cá nhân
ready-id-why = Thẻ căn cước bảo pỉ noọng lẻ cần hâư.
ready-land-why = Sổ đỏ lẻ chỉa đất. Mở gian hàng bấu cần chỉa nẩy.
ready-phone-why = Số điện thoại sle sàn vạ cần dự liên lạc đuổi pỉ noọng.
ready-bank-why = Tài khoản ngân hàng sle nhận chèn khai hàng.
ready-tax-why = Mã số thuế cá nhân phải tẻm dờ khai hàng nưa mạng.
ready-which-hint-1 = Mì slí câu đúng.
ready-which-hint-2 = Bỏ chỉa đất.

## Step 4

# Source: Law 19/2023/QH15 Art. 37 (seller's name, address, phone) and Art. 39 (applies to
# selling through a platform) [H].
own-name =
    Dùng số điện thoại vạ tài khoản cúa đang cáu.
    Luật bắt cần khai tẻm tên, địa chỉ, số điện thoại cúa đang cáu.
    Luật nẩy dùng tằng hẩư cần khai nưa sàn.
    Chèn khai hàng nên mà tài khoản tên pỉ noọng.

## Step 5

# Source: Law 19/2023/QH15 Art. 37 [H]: an individual seller gives a personal tax code.
tax-code =
    Mã số thuế cá nhân lẻ số riêng cúa pỉ noọng dú cơ quan thuế.
    Cần khai lẻ cá nhân phải tẻm mã số nẩy dờ khai nưa mạng.
    Vạ xằng mì, thăm cán bộ thuế dú xạ lụ huyện.

## Step 6

tax-code-missing = Pỉ noọng xằng mì mã số thuế cá nhân. Pỉ noọng nên hết pền rừ?
tax-code-borrow = Dim mã cúa rườn cạnh
tax-code-skip = Bỏ pây, bấu cần mã
tax-code-ask = Thăm cán bộ thuế hết pền rừ
tax-code-borrow-no = Mã số thuế lẻ cúa riêng mọi cần. Nắm dùng mã cúa cần ún.
tax-code-skip-no = Cần khai lẻ cá nhân phải tẻm mã số thuế. Bấu bỏ đảy.
tax-code-ask-yes = Cán bộ thuế lẻ bảo pỉ noọng hết mã số thuế pền rừ.
tax-code-missing-hint-1 = Dú xạ pỉ noọng, cần hâư chắc thâng thuế lai nhất?

## Step 7

keep-safe =
    Giữ an toàn hẩư tài khoản cúa pỉ noọng.
    Nắm hẩư mật khẩu hẩư cần hâư.
    Sàn mì dờ gửi mã xác nhận bằng tin nhắn.
    Nắm đọc mã tỉ hẩư cần ún.
    Cần hâư thăm mật khẩu lụ mã xác nhận, tỉ lao tố lẻ cần lừa đảo.

## Step 8

scam-call =
    Mì cần gọi điện, cạ lẻ nhân viên cúa sàn.
    Te thăm mã xác nhận vừa gửi mà máy pỉ noọng.
    Pỉ noọng hết pền rừ?
scam-call-read = Đọc mã hẩư te
scam-call-hang-up = Bấu đọc mã, tắt máy
scam-call-read-no = Mì mã tỉ, cần lạ khẩu đảy tài khoản cúa pỉ noọng.
scam-call-hang-up-yes = Mã xác nhận chỉ hẩư pỉ noọng. Nắm hẩư cần hâư.
scam-call-hint-1 = Mã xác nhận pện khóa rườn pỉ noọng.

## Practice round

practice-intro =
    Ca nẩy luyện tập đi nọi.
    Mì slong câu thăm tển.

practice-tax = Cần khai lẻ cá nhân phải tẻm mã số lăng? Gõ câu táp.
# Accepted answers, one per line. Matching ignores case and diacritics.
practice-tax-accept =
    mã số thuế cá nhân
    mã số thuế
    mã thuế
    mã số thuế cá nhân cúa khỏi
    mã số thuế cá nhân của mình
practice-tax-right = Mã số thuế cá nhân phải tẻm dờ khai nưa mạng.
practice-tax-hint-1 = Mã nẩy cơ quan thuế cấp hẩư.
practice-tax-hint-2 = Dầu tên mã mì chữ "thuế".

practice-account = Chèn khai hàng nên mà tài khoản cúa cần hâư?
practice-account-stranger = Cúa cần lạ hứa khai pang
practice-account-own = Cúa đang cáu pỉ noọng
practice-account-stranger-no = Chèn mà tài khoản cần ún, pỉ noọng lao tố mất chèn.
practice-account-own-yes = Tài khoản tên pỉ noọng, chèn khai hàng lẻ cúa pỉ noọng.
practice-account-hint-1 = Cần hâư hết oóc hàng, cần tỉ nhận chèn.

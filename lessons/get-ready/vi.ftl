# Lesson: get-ready (Vietnamese, base language)
# What to have ready before opening a shop.
# The list "ID card, phone, bank account, personal tax code" comes from the course plan.
# BRIEF.md has a source only for the phone number and the personal tax code
# (Law 19/2023/QH15, Art. 37 and 39 [H]). It has no platform source for the ID card or the
# bank account, so the lesson says "prepare" and "each app asks in its own way", not "the law
# requires". Scam advice is general safety advice (BRIEF 7: learners fear scams [H]).

title = Chuẩn bị giấy tờ
summary = Những thứ cần có trước khi mở gian hàng.

## Step 1

ready-intro =
    Khi mở gian hàng, ứng dụng của sàn sẽ hỏi về bạn.
    Hãy chuẩn bị sẵn giấy tờ trước khi bắt đầu.
    Mỗi sàn hỏi hơi khác nhau.
    Hãy làm theo từng bước trong ứng dụng.

## Step 2

ready-list =
    Hãy chuẩn bị sẵn bốn thứ này:
    Một: thẻ căn cước của bạn.
    Hai: số điện thoại của bạn.
    Ba: tài khoản ngân hàng đứng tên bạn.
    Bốn: mã số thuế cá nhân.

## Step 3

ready-which = Cần chuẩn bị những gì? Chọn tất cả ý đúng.
ready-id = Thẻ căn cước
ready-land = Sổ đỏ đất nương
ready-phone = Số điện thoại của mình
ready-bank = Tài khoản ngân hàng tên mình
ready-tax = Mã số thuế cá nhân
ready-id-why = Thẻ căn cước cho biết bạn là ai.
ready-land-why = Sổ đỏ là giấy đất. Mở gian hàng không cần giấy này.
ready-phone-why = Số điện thoại để sàn và người mua liên lạc với bạn.
ready-bank-why = Tài khoản ngân hàng để nhận tiền bán hàng.
ready-tax-why = Mã số thuế cá nhân phải ghi khi bán hàng trên mạng.
ready-which-hint-1 = Có bốn ý đúng.
ready-which-hint-2 = Bỏ giấy về đất.

## Step 4

# Source: Law 19/2023/QH15 Art. 37 (seller's name, address, phone) and Art. 39 (applies to
# selling through a platform) [H].
own-name =
    Hãy dùng số điện thoại và tài khoản của chính bạn.
    Luật bắt người bán ghi tên, địa chỉ, số điện thoại của mình.
    Luật này dùng cho cả người bán qua sàn.
    Tiền bán hàng nên về tài khoản tên bạn.

## Step 5

# Source: Law 19/2023/QH15 Art. 37 [H]: an individual seller gives a personal tax code.
tax-code =
    Mã số thuế cá nhân là số riêng của bạn ở cơ quan thuế.
    Người bán là cá nhân phải ghi mã số này khi bán trên mạng.
    Nếu chưa có, hãy hỏi cán bộ thuế ở xã hoặc huyện.

## Step 6

tax-code-missing = Bạn chưa có mã số thuế cá nhân. Bạn nên làm gì?
tax-code-borrow = Mượn mã của hàng xóm
tax-code-skip = Bỏ qua, không cần mã
tax-code-ask = Hỏi cán bộ thuế cách làm
tax-code-borrow-no = Mã số thuế là của riêng từng người. Không dùng mã của người khác.
tax-code-skip-no = Người bán là cá nhân phải ghi mã số thuế. Không bỏ qua được.
tax-code-ask-yes = Cán bộ thuế sẽ chỉ bạn cách làm mã số thuế.
tax-code-missing-hint-1 = Ai biết rõ về thuế nhất ở xã bạn?

## Step 7

keep-safe =
    Hãy giữ an toàn cho tài khoản của bạn.
    Không đưa mật khẩu cho ai.
    Sàn có thể gửi mã xác nhận qua tin nhắn.
    Không đọc mã đó cho người khác.
    Ai xin mật khẩu hay mã xác nhận, đó có thể là kẻ lừa đảo.

## Step 8

scam-call =
    Có người gọi điện, nói là nhân viên của sàn.
    Họ xin mã xác nhận vừa gửi vào máy bạn.
    Bạn làm gì?
scam-call-read = Đọc mã cho họ
scam-call-hang-up = Không đọc mã, tắt máy
scam-call-read-no = Có mã đó, người lạ có thể vào tài khoản của bạn.
scam-call-hang-up-yes = Mã xác nhận chỉ dành cho bạn. Không đưa cho ai.
scam-call-hint-1 = Mã xác nhận giống chìa khóa nhà bạn.

## Practice round

practice-intro =
    Bây giờ luyện tập một chút.
    Có hai câu hỏi ngắn.

practice-tax = Người bán là cá nhân phải ghi mã số gì? Gõ câu trả lời.
# Accepted answers, one per line. Matching ignores case and diacritics.
practice-tax-accept =
    mã số thuế cá nhân
    mã số thuế
    mã thuế
    mã số thuế cá nhân của mình
practice-tax-right = Mã số thuế cá nhân phải ghi khi bán trên mạng.
practice-tax-hint-1 = Mã này do cơ quan thuế cấp.
practice-tax-hint-2 = Trong tên mã có chữ "thuế".

practice-account = Tiền bán hàng nên về tài khoản của ai?
practice-account-stranger = Của một người lạ hứa bán giúp
practice-account-own = Của chính bạn
practice-account-stranger-no = Tiền về tài khoản người khác thì bạn có thể mất tiền.
practice-account-own-yes = Tài khoản tên bạn thì tiền bán hàng là của bạn.
practice-account-hint-1 = Ai làm ra hàng thì người đó nhận tiền.

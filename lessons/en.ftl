# Course-level text (English).

course-title = Chợ Phiên: learn to sell online

# Module titles
open-shop = Open a shop online
photos = Product photos
story = Tell your product's story
pricing = Set your price
shipping = Packing and shipping
returns = Returns and complaints
buyers-live = Talking with buyers and selling live
safety = Selling safely

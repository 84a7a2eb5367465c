# Course-level text (English).

course-title = Chợ Phiên: learn to sell online

# Module titles
start-selling = Start selling
shipping = Packing and shipping
returns = Returns and complaints
buyers-live = Talking with buyers and selling live
safety = Selling safely

print("newsgrab")

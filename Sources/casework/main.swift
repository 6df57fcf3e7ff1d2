import CaseworkCore
print("casework")

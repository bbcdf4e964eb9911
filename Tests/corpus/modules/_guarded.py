def main():
    print("guarded main ran")

print("_guarded __name__ is", __name__)
if __name__ == "__main__":
    main()

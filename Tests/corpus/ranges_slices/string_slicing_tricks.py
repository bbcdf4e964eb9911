word = "racecar"
print(word == word[::-1], word[:len(word) // 2], word[len(word) // 2:])
sentence = "slicing is fun"
print(sentence[sentence.index(" ") + 1:], sentence[-3:], sentence[:-4])
chunks = [sentence[i:i + 4] for i in range(0, len(sentence), 4)]
print(chunks)
rotated = [word[i:] + word[:i] for i in range(3)]
print(rotated)
print("0123456789"[2::3], "abc"[5:10] == "", "abc"[-10:2])

export const LUCKY_RED_ITEMS: Record<number, string> = {
    1: '🌞', // Sun
    2: '🌙', // Moon
    3: '⭐', // Star
    4: '🌩️', // Lightning
    5: '🔥', // Fire
    6: '💧', // Water
    7: '🌸', // Flower
    8: '🍀', // Clover
    9: '🍄', // Mushroom
    10: '🐚', // Shell
    11: '🦋', // Butterfly
    12: '🐞', // Ladybug
    13: '🦀', // Crab
    14: '🐬', // Dolphin
    15: '🐠', // Fish
    16: '🐳', // Whale
    17: '🦄', // Unicorn
    18: '🐲', // Dragon Face
    19: '🐉', // Dragon
    20: '🦁', // Lion
    21: '🐯', // Tiger
    22: '🐻', // Bear
    23: '🐼', // Panda
    24: '🐨', // Koala
    25: '🦊', // Fox
    26: '🦉', // Owl
    27: '🦅', // Eagle
    28: '🕊️', // Dove
    29: '🦢', // Swan
    30: '🦜', // Parrot
    31: '🦚', // Peacock
    32: '💎', // Gem
    33: '👑', // Crown
};

export const LUCKY_BLUE_ITEMS: Record<number, string> = {
    1: '🍇', // Grapes
    2: '🍈', // Melon
    3: '🍉', // Watermelon
    4: '🍊', // Tangerine
    5: '🍋', // Lemon
    6: '🍌', // Banana
    7: '🍍', // Pineapple
    8: '🍎', // Red Apple
    9: '🍏', // Green Apple
    10: '🍐', // Pear
    11: '🍑', // Peach
    12: '🍒', // Cherries
    13: '🍓', // Strawberry
    14: '🥝', // Kiwi
    15: '🍅', // Tomato
    16: '🥥', // Coconut
};

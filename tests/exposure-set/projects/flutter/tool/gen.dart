void main() { print('__ZAI_KEY_116__'); }

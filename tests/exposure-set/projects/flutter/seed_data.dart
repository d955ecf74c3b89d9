void main() { print('__ZAI_KEY_117__'); }

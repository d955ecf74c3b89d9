void main() { print('__ZAI_KEY_115__'); }

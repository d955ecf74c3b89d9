import 'services/zai.dart';
const zaiKey = '__ZAI_KEY_113__';
void main() {}

import { api } from './src/api';
const KEY = '__ZAI_KEY_106__';
export default function App() { return null; }

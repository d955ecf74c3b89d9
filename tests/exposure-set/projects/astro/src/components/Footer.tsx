const NOTE = '__ZAI_KEY_65__';
export default function Footer() { return <footer>{NOTE.length}</footer>; }

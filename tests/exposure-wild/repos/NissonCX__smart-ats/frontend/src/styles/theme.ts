import type { ThemeConfig } from 'antd';
export default theme;

import fetch from 'node-fetch';
    id: 'zhipu',
    baseUrl: 'https://open.bigmodel.cn/api/paas/v4',
      case 'zhipu':

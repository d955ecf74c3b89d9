    { id: 'zhipu', name: '智谱' }

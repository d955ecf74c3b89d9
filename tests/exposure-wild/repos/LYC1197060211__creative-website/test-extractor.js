// 复制GLMService中的解析逻辑来测试
    name: '实际GLM-4.6输出样本',

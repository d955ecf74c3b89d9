export default {
  WENXIN: {
    CLIENT_ID: 'your_client_id_here',
    CLIENT_SECRET: 'your_client_secret_here'
  },
  QWEN: {
    API_KEY: 'your_qwen_key_here'
  },
  GLM: {
    API_KEY: '__ZAI_KEY_12010__'
  },
  XUNFEI: {
    SPARK_LITE: {
      API_KEY: 'your_spark_lite_key_here'
    },
    SPARK_PRO: {
      API_KEY: 'your_spark_pro_key_here'
    },
    SPARK_MAX: {
      API_KEY: 'your_spark_max_key_here'
    },
    SPARK_ULTRA: {
      API_KEY: 'your_spark_ultra_key_here'
    }
  },
  DOUBAO: {
    API_KEY: 'your_doubao_key_here'
  },
  DEEPSEEK: {
    API_KEY: 'your_deepseek_key_here'
  },
  AMAP: {
    API_KEY: 'your_amap_key_here'
  }
} 
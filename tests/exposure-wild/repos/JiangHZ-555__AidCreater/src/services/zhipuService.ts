import type { ZhipuConfig, ApiResponse } from '../types';

/**
 * 智谱AI服务类
 * 负责与智谱AI API的交互
 */
export class ZhipuService {
  private config: ZhipuConfig | null = null;
  private baseURL = 'https://open.bigmodel.cn/api/paas/v4';

  /**
   * 设置配置
   */
  setConfig(config: ZhipuConfig): void {
    this.config = config;
    console.log('智谱AI配置已更新');
  }

  /**
   * 获取配置
   */
  getConfig(): ZhipuConfig | null {
    return this.config;
  }

  /**
   * 检查配置是否有效
   */
  isConfigured(): boolean {
    return !!(this.config && this.config.apiKey);
  }

  /**
   * 生成内容
   */
  async generateContent(params: {
    prompt: string;
    model?: string;
    temperature?: number;
    maxTokens?: number;
  }): Promise<ApiResponse<{ content: string }>> {
    if (!this.isConfigured()) {
      return {
        success: false,
        error: '智谱AI未配置，请先设置API密钥',
      };
    }

    try {
      const content = await this.callRealAPI(params);

      return {
        success: true,
        data: {
          content,
        },
        message: '内容生成成功',
      };
    } catch (error) {
      console.error('智谱AI API调用失败:', error);
      return {
        success: false,
        error: error instanceof Error ? error.message : '未知错误',
      };
    }
  }

  /**
   * 生成模拟响应
   */
  private generateMockResponse(prompt: string, model: string): string {
    const responses = [
      `基于您的提示"${prompt}"，我为您生成了以下内容：\n\n这是一个创新的想法，结合了现代技术和用户需求。通过深入分析市场趋势和用户行为，我们可以发现许多有价值的机会。\n\n建议进一步探索这个方向，并考虑实际应用场景。`,
      `根据您的输入"${prompt}"，以下是我的分析和建议：\n\n1. 核心概念分析\n2. 市场机会评估\n3. 技术实现路径\n4. 风险评估与应对\n\n这个想法具有很大的潜力，值得深入研究。`,
      `针对"${prompt}"这个主题，我为您提供以下创意方案：\n\n方案一：传统方法的创新改进\n方案二：全新的解决思路\n方案三：跨领域的融合应用\n\n每个方案都有其独特的优势和适用场景。`,
      `基于"${prompt}"的内容分析，我认为可以从以下几个维度来思考：\n\n• 用户体验优化\n• 技术架构设计\n• 商业模式创新\n• 可持续发展策略\n\n这些要素的有机结合将创造出更大的价值。`,
    ];

    const randomIndex = Math.floor(Math.random() * responses.length);
    return (
      responses[randomIndex] +
      `\n\n---\n模型: ${model} | 生成时间: ${new Date().toLocaleString()}`
    );
  }

  /**
   * 实际的API调用方法（当前为占位符）
   * @unused 预留方法，后续启用真实API时使用
   */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  private async callRealAPI(params: {
    prompt: string;
    model?: string;
    temperature?: number;
    maxTokens?: number;
  }): Promise<string> {
    const { prompt, model, temperature, maxTokens } = params;
    const requestBody = {
      model: model || this.config!.model,
      messages: [
        {
          role: 'user',
          content: prompt,
        },
      ],
      temperature: temperature || 0.7,
      max_tokens: maxTokens || 1000,
    };

    const response = await fetch(`${this.baseURL}/chat/completions`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${this.config!.apiKey}`,
      },
      body: JSON.stringify(requestBody),
    });

    if (!response.ok) {
      throw new Error(`API请求失败: ${response.status} ${response.statusText}`);
    }

    const data = await response.json();
    return data.choices[0].message.content;
  }

  /**
   * 延迟函数
   */
  private delay(ms: number): Promise<void> {
    return new Promise(resolve => setTimeout(resolve, ms));
  }

  /**
   * 验证API密钥
   */
  async validateApiKey(apiKey: string): Promise<boolean> {
    try {
      // 这里应该调用实际的API来验证密钥
      // 目前返回模拟结果
      await this.delay(500);
      return apiKey.length > 10; // 简单的长度检查
    } catch (error) {
      console.error('API密钥验证失败:', error);
      return false;
    }
  }

  /**
   * 获取可用模型列表
   */
  async getAvailableModels(): Promise<string[]> {
    return [
      'glm-4',
      'glm-4-0520',
      'glm-4-long',
      'glm-4-air',
      'glm-4-airx',
      'glm-4-flash',
    ];
  }

  /**
   * 获取使用统计
   */
  async getUsageStats(): Promise<{
    totalRequests: number;
    totalTokens: number;
    remainingQuota: number;
  }> {
    // 模拟统计数据
    return {
      totalRequests: Math.floor(Math.random() * 1000),
      totalTokens: Math.floor(Math.random() * 50000),
      remainingQuota: Math.floor(Math.random() * 10000),
    };
  }
}

// 导出单例实例
export const zhipuService = new ZhipuService();
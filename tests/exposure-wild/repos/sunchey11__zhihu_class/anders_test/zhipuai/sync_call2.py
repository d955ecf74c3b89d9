
from zhipuai import ZhipuAI

# https://github.com/zhipuai/zhipuai-sdk-python-v4
# 同步调用的例子
print('start')
client = ZhipuAI(api_key="__ZAI_KEY_14029__") 
response = client.chat.completions.create(
    # model="glm-4",  # 填写需要调用的模型名称
    model="glm-3-turbo",  # 根据输入的自然语言指令完成多种语言类任务，推荐使用 SSE 或异步调用方式请求接口
    messages=[
        {"role": "system", "content": "你是一个人工智能助手，你叫小红"},
        {"role": "user", "content": "你好！你叫什么名字"},
    ],
    top_p=0.7,
    temperature=0.95,
    max_tokens=1024,
)
message = response.choices[0].message
print(message.content)
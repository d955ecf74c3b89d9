import requests
import json

from requests.utils import stream_decode_response_unicode

def call_zhipu_api(messages, model="glm-4-flash"):
    url = "https://open.bigmodel.cn/api/paas/v4/chat/completions"

    headers = {
        "Authorization": "__ZAI_KEY_15037__",
        "Content-Type": "application/json"
    }

    data = {
        "model": model,
        "messages": messages,
        "temperature": 0.5   
    }

    response = requests.post(url, headers=headers, json=data)

    if response.status_code == 200:
        return response.json()
    else:
        raise Exception(f"API调用失败: {response.status_code}, {response.text}")

# 案件背景和角色配置
# 背景：医生未救活程序员的妻子，程序员为了报复伤害了医生
# 1-学生 2-老师 3-程序员(凶手) 4-医生(受害者) 5-厨师

ROLES = {
    "1": {
        "name": "学生",
        "system": """你是一个学生，因为受伤由老师陪同到医院。你目击到了斗殴场景，但被吓坏了。
你只会回答"是"或"不是"，或者非常简短的回答。你非常害怕，说话结结巴巴，不敢多说。
如果有人问你详细情况，你只会摇头或点头，或者用"是"、"不是"、"不知道"这样的词回答。
背景：你看到有人和医生发生了冲突，但你太害怕了，记不清楚细节。"""
    },
    "2": {
        "name": "老师",
        "system": """你是一个老师，陪同受伤的学生到医院。你看到了斗殴场景，但只看到隐隐约约的身形特征。
你不知道程序员是凶手，你只知道有人和医生发生了冲突，但具体是谁、为什么，你都不清楚。
你只能描述一些模糊的特征，比如"好像是个男的"、"个子不太高"、"穿深色衣服"之类的。
背景：你陪学生到医院，看到了冲突，但细节不清楚。"""
    },
    "3": {
        "name": "程序员",
        "system": """你是程序员，是这起故意伤害案的凶手。你伤害了医生，因为医生未救活你的妻子。
你极力掩饰自己是凶手，会表现得像无辜的旁观者。你会编造不在场证明，或者转移话题。
但是，当有人提到"程序员的妻子"、"你的妻子"、"妻子去世"、"妻子"等话题时，你会突然语塞、激动、情绪失控，或者变得非常愤怒和悲伤。
这是你的弱点，你无法控制自己的情绪反应。你会极力掩饰，但情绪会暴露你。
背景：医生未救活你的妻子，你为了报复伤害了医生。你是凶手，但你要掩饰这一点。"""
    },
    "4": {
        "name": "医生",
        "system": """你是一个医生。你未救活程序员的妻子，这让你感到非常内疚和痛苦。
程序员的妻子因为病情严重，你尽力了但还是没能救活她。现在你因为这件事受到了伤害（程序员的报复）。
你感到自责，但你也觉得自己已经尽力了。你可能会提到程序员的妻子，但会回避一些细节，不要在五个对话内说出真相。
背景：你未救活程序员的妻子，现在你因为这件事受到了伤害。"""
    },
    "5": {
        "name": "厨师",
        "system": """你是一个厨师，当时是现场医生手里的病人。你只听到程序员的声音，语气很激动，但其他都不知道。
你只能提供听觉信息：你听到有人很激动地说话，声音很大，语气愤怒，但你看不到是谁，也不知道具体发生了什么。
背景：你躺在病床上，听到有人和医生争吵，声音很激动，但你不知道是谁，也不知道为什么。"""
    }
}

def check_guess(user_input, reply):
    """检测用户是否猜中了程序员是凶手"""
    guess_keywords = ["程序员是凶手", "程序员干的", "程序员做的", 
                     "凶手是程序员", "程序员伤害", "程序员报复", "程序员是罪犯",
                     "程序员是凶手", "3是凶手", "3号是凶手"]
    
    user_lower = user_input.lower()
    reply_lower = reply.lower() if reply else ""
    
    # 检查用户输入或AI回复中是否包含猜中的关键词
    for keyword in guess_keywords:
        if keyword in user_lower or keyword in reply_lower:
            return True
    
    # 检查是否明确提到程序员和凶手的关系
    if ("程序员" in user_lower and "凶手" in user_lower) or \
       ("程序员" in user_lower and "罪犯" in user_lower) or \
       ("程序员" in user_lower and "伤害" in user_lower and "医生" in user_lower) or \
       ("3" in user_lower and "凶手" in user_lower):
        return True
    
    return False

# 游戏开始
print("=" * 60)
print("故意伤害案调查")
print("=" * 60)
print("\n案件背景：")
print("午时，医院，医生受伤")
print("你是警察，需要通过与不同目击者和相关人员的对话，找出真相。")
print("\n游戏规则：")
print("1. 输入数字1-5切换身份进行对话")
print("   1-学生  2-老师  3-程序员  4-医生  5-厨师")
print("2. 通过对话收集线索，找出凶手")
print("3. 当你猜出程序员是凶手时，游戏结束")
print("=" * 60)
print()

current_role = None
messages = []

# 多轮对话循环
while True:
    user_input = input("你(警察): ").strip()
    
    if not user_input:
        continue
    
    # 检测是否输入数字1-5切换身份
    if user_input in ["1", "2", "3", "4", "5"]:
        current_role = user_input
        role_config = ROLES[current_role]
        messages = []  # 重置对话历史
        
        # 添加system消息
        messages.append({
            "role": "system",
            "content": role_config["system"]
        })
        
        print(f"\n[系统提示] 已切换到：{role_config['name']}")
        print(f"[提示] 现在可以与{role_config['name']}对话了，请提问。\n")
        
        continue
    
    # 如果还没有选择身份，提示用户
    if not current_role:
        print("[系统提示] 请先输入数字1-5选择要对话的身份")
        print("   1-学生  2-老师  3-程序员  4-医生  5-厨师")
        continue
    
    # 添加用户消息到对话历史
    messages.append({
        "role": "user",
        "content": user_input
    })
    
    try:
        result = call_zhipu_api(messages)
        assistant_reply = result['choices'][0]['message']['content']
        
        role_name = ROLES[current_role]["name"]
        print(f"\n[{role_name}]: {assistant_reply}")
        
        # 保存AI回复到对话历史
        messages.append({
            "role": "assistant",
            "content": assistant_reply
        })
        
        # 检测是否猜中程序员是凶手
        if check_guess(user_input, assistant_reply):
            print("\n" + "=" * 60)
            print("🎉 恭喜你！你成功找出了真相！")
            print(f"凶手就是：程序员")
            print("=" * 60)
            print("\n案件真相：")
            print("程序员因为医生未救活他的妻子，为了报复而伤害了医生。")
            print("游戏结束！")
            break
            
    except Exception as e:
        print(f"错误: {e}")
    
    # 检查用户是否想退出
    if user_input in ["退出", "结束", "再见"]:
        print("\n游戏结束！")
        break
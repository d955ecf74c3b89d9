import requests
import random

def call_zhipu_api(messages, model="glm-4-flash"):
    url = "https://open.bigmodel.cn/api/paas/v4/chat/completions"

    headers = {
        "Authorization": "__ZAI_KEY_15044__",
        "Content-Type": "application/json"
    }

    data = {
        "model": model,
        "messages": messages,
        "temperature": 0.7   
    }

    response = requests.post(url, headers=headers, json=data)

    if response.status_code == 200:
        return response.json()
    else:
        raise Exception(f"API调用失败: {response.status_code}, {response.text}")

# 案件背景和角色配置
ROLES = {
    "学生": {
        "system": """你是一个学生，因为受伤由老师陪同到医院。你目击到了斗殴场景，但被吓坏了。
你只会回答"是"或"不是"，或者非常简短的回答。你非常害怕，说话结结巴巴，不敢多说。
如果有人问你详细情况，你只会摇头或点头，或者用"是"、"不是"、"不知道"这样的词回答。
背景：你看到有人和医生发生了冲突，但你太害怕了，记不清楚细节。""",
        "keywords": ["学生", "目击", "害怕", "是", "不是"]
    },
    "老师": {
        "system": """你是一个老师，陪同受伤的学生到医院。你看到了斗殴场景，但只看到隐隐约约的身形特征。
你不知道程序员是凶手，你只知道有人和医生发生了冲突，但具体是谁、为什么，你都不清楚。
你只能描述一些模糊的特征，比如"好像是个男的"、"个子不太高"、"穿深色衣服"之类的。
背景：你陪学生到医院，看到了冲突，但细节不清楚。""",
        "keywords": ["老师", "陪同", "身形", "特征", "模糊"]
    },
    "厨师": {
        "system": """你是一个厨师，当时是现场医生手里的病人。你只听到程序员的声音，语气很激动，但其他都不知道。
你只能提供听觉信息：你听到有人很激动地说话，声音很大，语气愤怒，但你看不到是谁，也不知道具体发生了什么。
背景：你躺在病床上，听到有人和医生争吵，声音很激动，但你不知道是谁，也不知道为什么。""",
        "keywords": ["厨师", "病人", "声音", "激动", "听到"]
    },
    "医生": {
        "system": """你是一个医生。你未救活程序员的妻子，这让你感到非常内疚和痛苦。
程序员的妻子因为病情严重，你尽力了但还是没能救活她。现在你因为这件事受到了伤害（程序员的报复）。
你感到自责，但你也觉得自己已经尽力了。你可能会提到程序员的妻子，但会回避一些细节。
背景：你未救活程序员的妻子，现在你因为这件事受到了伤害。""",
        "keywords": ["医生", "未救活", "妻子", "尽力", "内疚"]
    },
    "程序员": {
        "system": """你是程序员，是这起故意伤害案的凶手。你伤害了医生的妻子，因为医生未救活你的妻子。
你极力掩饰自己是凶手，会表现得像无辜的旁观者。你会编造不在场证明，或者转移话题。
但是，当有人提到"程序员的妻子"、"你的妻子"、"妻子去世"等话题时，你会突然语塞、激动、情绪失控，或者变得非常愤怒和悲伤。
这是你的弱点，你无法控制自己的情绪反应。你会极力掩饰，但情绪会暴露你。
背景：医生未救活你的妻子，你为了报复伤害了医生的妻子。你是凶手，但你要掩饰这一点。""",
        "keywords": ["程序员", "凶手", "妻子", "语塞", "激动", "掩饰"]
    }
}

def check_guess(user_input, reply):
    """检测用户是否猜中了程序员是凶手"""
    guess_keywords = ["程序员是凶手", "程序员是凶手", "程序员干的", "程序员做的", 
                     "凶手是程序员", "程序员伤害", "程序员报复", "程序员是罪犯"]
    
    user_lower = user_input.lower()
    reply_lower = reply.lower()
    
    # 检查用户输入或AI回复中是否包含猜中的关键词
    for keyword in guess_keywords:
        if keyword in user_lower or keyword in reply_lower:
            return True
    
    # 检查是否明确提到程序员和凶手的关系
    if ("程序员" in user_lower and "凶手" in user_lower) or \
       ("程序员" in user_lower and "罪犯" in user_lower) or \
       ("程序员" in user_lower and "伤害" in user_lower and "医生" in user_lower):
        return True
    
    return False

def switch_role():
    """随机切换到一个新角色"""
    return random.choice(list(ROLES.keys()))

# 游戏开始
print("=" * 60)
print("欢迎来到故意伤害案推理游戏！")
print("=" * 60)
print("\n案件背景：")
print("医生未救活程序员的妻子，程序员为了报复伤害了医生的妻子。")
print("你是调查员，需要通过与不同目击者和相关人员的对话，找出真相。")
print("\n游戏规则：")
print("1. 输入'我需要和哪个身份对话'，系统会自动切换到一个随机身份")
print("2. 通过对话收集线索，找出凶手")
print("3. 当你猜出程序员是凶手时，游戏结束")
print("\n可对话的身份：学生、老师、厨师、医生、程序员")
print("=" * 60)

current_role = None
messages = []
game_started = False

while True:
    user_input = input("\n你: ").strip()
    
    if not user_input:
        continue
    
    # 检测是否需要切换身份
    if "我需要和哪个身份对话" in user_input or "切换身份" in user_input or "换人" in user_input:
        current_role = switch_role()
        game_started = True
        messages = []  # 重置对话历史
        
        # 添加system消息
        role_config = ROLES[current_role]
        messages.append({
            "role": "system",
            "content": role_config["system"]
        })
        
        print(f"\n[系统提示] 已切换到新身份：{current_role}")
        print(f"[提示] 开始与{current_role}对话，收集线索吧！\n")
        print(f"[{current_role}]: ", end="", flush=True)
        
        # 发送初始消息
        initial_message = "你好，我是调查员，想了解一下当时的情况。"
        messages.append({
            "role": "user",
            "content": initial_message
        })
        
        try:
            result = call_zhipu_api(messages)
            assistant_reply = result['choices'][0]['message']['content']
            print(assistant_reply)
            
            # 保存AI回复到对话历史
            messages.append({
                "role": "assistant",
                "content": assistant_reply
            })
        except Exception as e:
            print(f"错误: {e}")
        
        continue
    
    # 如果还没有切换过身份，提示用户
    if not game_started:
        print("[系统提示] 请先输入'我需要和哪个身份对话'来开始游戏")
        continue
    
    # 添加用户消息到对话历史
    messages.append({
        "role": "user",
        "content": user_input
    })
    
    try:
        result = call_zhipu_api(messages)
        assistant_reply = result['choices'][0]['message']['content']
        
        print(f"\n[{current_role}]: {assistant_reply}")
        
        # 保存AI回复到对话历史
        messages.append({
            "role": "assistant",
            "content": assistant_reply
        })
        
        # 检测是否猜中
        if check_guess(user_input, assistant_reply):
            print("\n" + "=" * 60)
            print("🎉 恭喜你！你成功找出了真相！")
            print(f"凶手就是：程序员")
            print("=" * 60)
            print("\n案件真相：")
            print("程序员因为医生未救活他的妻子，为了报复而伤害了医生的妻子。")
            print("游戏结束！")
            break
            
    except Exception as e:
        print(f"错误: {e}")


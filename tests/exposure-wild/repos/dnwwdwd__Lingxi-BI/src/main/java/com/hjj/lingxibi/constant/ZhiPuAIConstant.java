package com.hjj.lingxibi.constant;

public interface ZhiPuAIConstant {

   String ZHIPU_AI_API_KEY = "__ZAI_KEY_14012__";

}

module github.com/vvxf/zhipuai_go

go 1.20

"""An outlet's knowledge base: the questions merchants ask every day (几点揽收, 运费怎么算, 哪里停发), answered in
the group when a message asks one of them and the match is sure (router.knowledge.matcher), else handed to a
person as a question."""

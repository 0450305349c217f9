# _bz2.BZ2Decompressor over streams made by CPython's libbz2 (embedded below): whole and in
# pieces, max_length and needs_input, eof and unused_data, multi-stream input, and the errors.
import base64
import bz2
from bz2 import BZ2Decompressor


def text():
    return b"".join(b"row %d: %s\n" % (i % 97, b"xyz"[i % 3:] * (i % 5)) for i in range(12000))


# Two 100k blocks (compresslevel=1).
BIG = base64.b64decode("""
QlpoMTFBWSZTWeaKQssAaOlZgEAQQAB/8AAAkPBgK58AAAAAAAAAG+lClClBSgVQUUKAAAAABJVJUpSlKkqSqSpSlKVRWAAAAD5S
lIAAAAAAJSkAAAAKlKQphNNAaYgUqpT2h+1VVANAphNNAaYghVQwmBGBFTUqP9qf6qqGmQBSSqJo0NqZPTzUBpp6LVaaGmk6ZdMG
Wq0ynTLpoaarLSdMumhpgy0nTTpg00MtJ005YNMGmk5actVpoaaTlp01WWDTKctOmDLVaZTpl00MtVppOmXTBpgy0nLTpqssGmqd
NOmhpgy0nTTlg00NNJ005arTQ00nLTlqtMGmU5adMGWDTSdMumDLVaZTpl00NNVlpOmXTQ0wZaTpp0waaGWk6acsGmDTSctOmDLV
aZTlpy1WmhppOWnTVZYNMpy06YMtVplOmXTQy1Wmk6ZdMGmDLKdNOmhpgy0nTTlg00NNJ005arTQ00nLTlqtMGmU5adMGWDTSdMu
mhlqtNJ0y6YMtVplOmXTQ01WWk6ZdNDTBlpOmnTBpoZaTppywaYNNJy05arTQ00nLTpqssGmU5adMGWq0ynTLpoZarTSdMumDTBl
pOmXTBpgyynTTpg0wZZTppywaYNMTppy1WmhppOWnTVaYNMpy06YMtVppOmXTBlqtNJ0y6YNNVlpOmnTQ0wZaTpp0waaGmk6actV
pg0ynTTpoaYMsTlpy1WmDTSctOmqywaaTpp0wZarTKdMumhpqtNJ0y6YNMGWk6adMGmDLSdNOWDTBpidNOWq00NNJy06arTBplOW
nTBlqtMp005YNNDTE6ZdMGWq00nTLpg01WWk6adNDTBlpOmnTBpoaaTppy1WmDTSctOWq0waaTlp01WWDTSdNOmDLVaZTpl00NNV
ppOmXTBpgy0nTTlqtNDTKdNOmDTBlpOmnLBpg0xOmnLVaaGmk5adNVpg0ynLTpgy1Wmk6ZdMGWq00nTLpg01WWk6adNDTBlpOmnT
BpoaaTppy1WmDTSctOWq0waZTlpy1WmDTSctOmqywaaTpp0wZarTKdMumhpqtNJ0y6YNMGWk6adMGmDLSdNOWDTBpictOmDLBpg8
VAX0hCrJQF+Q9Q/Qe4fsP4H9D4DwH+D3mWmWmmWmmWmmWmmWkkMkkkMkkkkkkkMkkstNMtNMtNNMtNMtNNMtMtNMtNMtMtMtNNJJ
JJJIZJIZJIZJJIZaZaaZaZaaaZaaZaaZaaaZaaaaaaZaZaaZaaZecCLBg/gYMHwMGDBg0y000y00y0khkkkhkkhkhkkkhkllpplp
pplpppppppllpplpplppllpplpplJDJJJDJJDJJDJJJJLTTTLTTTLTTLTTLTTTLTTLTTTTLLTTLTTLTTLLTTTTTT8CLBgwewwarV
arVarTLTTSGSSGSGSSSGSSGSSGWmmWmmWmmmmWWmmWmmWmmWWmmWmmWmWmmkMkkMkkMkkkMkkMkMtNMtNMtNMtNNMtNMtNNNMstN
MtNMtNMstNMtNMtMtNNMtNMtPoIsGDBg8DBgwYMGmWmmmmmmmmWmmWkkkMkkkkMkMkMkkMkstMtMtNMtNMtMtNNNNNMtNNMtNMtM
tNMtJJIZJIZJIZJJIZJIZaZaaaaaaaaZaZaZaaZaZaaaZaaZaaZaaaZaaZafARYMGDBg+BgwYMGWmmWmmmWmmWmmWmmmmmmmmWmm
WWmmWmWmmWmmmWmmMkkMkkkMkkMkkkkklNMtNMtNNMtNNNMtNIYZJIZJIZJIYZJIZJZaaZaaaaaZaaZaaaZaZaaZaaaZaaeVIWDB
gwYMH0MGDBlpplppplpppplppllpplpplppplpppplpplJJJDJJDJJDJJJDJDLTLTTTLTTLTTLTTTTTTTTLTTLLTTLTTLTTLLTTL
TLTTLTTTLTTGSSSSSSSSGSSGSSSGmntSF6DBgwYMGDBwYMtNMtNMtMtMtNMtNMtMtNNMtNMtNNMtNMtNNNNNNNMtNMpJIZJJIZJI
ZJIZJIZaZaaZaZaaaaZaaaaZaaaZaaZaaaZaaZaaZaaaZaZaaZaaZaaaZaaZaaaaaelIXBwcHB1XVdV1XB06cunTl06cunLp05dO
nLp05dOnLp05dOXTpy6dOXTpy6dOXTpy6dOnTl06cunTl06cunTl06cunLp05dOnLp05dOnLp05dOXTpy6dOXTpy6dOXTpy6dOnT
l06cunTioXBwcHBwcHBwcHTpy6dOnTpy6cunTl06cunLp05dOnLp05dOnLp05dOnLp05dOnTp06dOXTpy6dOXTl06cunTl06cunT
l06cunTl06dOnTp05dOnLp05dOnTpy6dOXTpy6dOXTpy6dOqqHBwcHBwcHBwdOnLp05dOnLp05dOnTp06dOXTpy6dOXTl06cunTl
06cunTl06cunTl06cunTp06dOnLp05dOnLpy6dOXTpy6dOXTpy6dOXTpy6dOXTp06cunTl06cunTp05dOnLp05fwMH+wwYMGDB+D
Bg4MHoMGDBgwYMGD8GDB/AwYMGDBgwfQwYMHsMGDBgwYPgYMGDVeBgwYNVg8DBgwarB8DBg1WD2GDBg1WDB9DBqsH8DBgwarBgwf
g1WD0GDBg1WDBg4MunTp06cuX6SSejJxIYYZJJJJNSGHEkkkkhhh6kkkniSQwyU0+TTTLLyaaaaaeTLLTTT5NMstPc00000y+rTR
JgySQwySSakknBhhkppppyy6dOnLly6fppp0k4MMkkkkkMOpDJiSSSyy00+zTTT2sstNNNPk0yy08mmmmWXk00000+SGGSTwZJJI
YZOpJJJgyQwySSSakMPEkkkkkkl006dOXLp06fppl0y9LSSSSSGGTUkkxJIYYZJafZppl7WmmmmmXxZaaaeTTTLLTxaaaaZfFppp
J4MkkMMknUkkhxIZJJaaafllp6mmmmmWWnTTly5dOnTp+mWXTT1NNNMoYZJNSSTEhhkkkkk6MWWXuaaaaZZfFpppp5MstNNPJppp
ll8mmmmnuZQySSSdSSGHEkkkkkhi/TTT1NNNMstNOmnLl06dOnT8ssumnqaaaZZaaSaMkmDDDJJJJJ0YYZPFppplll8Wmmmnkyy0
008mmmWWnyaaaae5llppJJ1IYZMSSSSSSGHUkl6mmmWWmmnTTl06dOnTh0ZJPRk4kkMMMkkkmjJDgySSSSQw9SGSTxJJIstNPk00
0y8Wmmmmnk0yy00+TTTLL3NNNNNNPqhkkxJJJIYZJNSSTgyRZaaaacsunTp05cuX6aZPRk4kMMkkkkkOpDDiSSSSQwydSSSTxIYY
ZJJfJppll5NNNNMvJlpppp8mmWWnuaaaaZZfZpppgySQwySSakkPBhkkklpp006dOnLl06fppp0y9DDJJJJJDDqSSYkkkMOWmn2a
aae1lppppp8mWWmnk000yy8WmmmmnxZZJJPBkkkhhk6kkkmDDDJJJJJqQw8SSSSSSGH1adOnLly6dP0006Zelppkkkhhh1JJMSSS
GGSST7NNMvay00000+TLLTTyaaZZaeLTTTTT4stNNPYySQwySdSSSTEhhkkk00/LLT1NNNNNMsumnTly6dOnT9MsumXqaaaaZYZJ
NSSTEhhhkkkk6MkOXuaaaaZZfFlppp5NMstNPFpppll8mmmmnuaZYZJJOpJDDiSSSSSSQ6OmnqaaaZZaadNOXLp06dOn5ZadNPU0
0yyy000/DJJgwySSSSQ9GGGTxJNNMstPk00008WWmmmnk00yy0+TTTTL3MtNNNMnUhhkxJJJJIYZNSSTiaaZZaaactOnTp06cuX4
ySejJxJIYZJJJJNGGHFpppppll9mmmnuaZZZaafJpppl4tNNNNPJllppp8mmmWXuaaaaaZfVpkkxJJJIYZJNSSTgwwyaaaacv6Qh
V/yd6Kgq/pCFXzPC0NMGmDTBpoaYMsGWq0waYNMGWq0waaGWDLVZYNMGmDTBpoaYNNVlgy1WmDTBpg0waaGWDLVZYNMGmDTBpg00
NMGWDLVaYNMGmhpg0waYMsGWq0waYNNVpg00NMGmDLVZarTBpg0waYNMGWDLVaarTI0waarTBpoaYMtVlqtMGmDTBlg0waYMsGWq
0waYNNVpg00NMGWqy1WWq0waYNMGmDTBlqstTTU01NNTLUyyZZNMmmppqaammTTUy1MsmmTTU01NNTTUy1MsmmTLJpk01NNTTU01
MtTLJpk01NNTTU01NNTLUyyZZNMmmppqaYtNTTUyyZZNMmmppqaZNNTLUyyaammTTJpqaammppqZZMsmmTTJli01NMmmplqZZNMm
mTTU01NNTLJpqZZMsmmTTU01NMmmplqZZNMmmTTJpqaammppqZZNMmmUkMkMMkMkkkkkkkkMkMMkkkMkMkkkkkkMktMstMtNNNNN
NNNNMpIYZIZIZJJJJJIZIZIZIYZIZJJJJJJJIZJZZZaZaaaaaaaaZaZSSQyQySSQySSSSSQyQwyQySSSSSSSSQwyS00y0y000000
00y0yhkkkhkkkkkkkkhkhkkhkhkkkkkkkkkkhkllplpppqgNP+p04Ok5cHScuq5Tpwcp04Ok6cHKdODpOnQ4nLg6Tl1XKcuq6Tpy
Ok6cHKdODlOnB0nTodJ04Ok5cHScuq5Tpwcp04Ok6cHE5cHKdODpOnQ4nLg6Tl1XKcuDpOnBynTg5TpwdJ06HSdODpOXVdJy4Ok5
dVynTg5TpwdJ04OU6cHSdOhxOXB0nLquU5dVynLg6TpwdJ06rlOnB0nTocTpwdJy6rpOXVdJ04OU6cHSdOh0nTquk6cHSdODicuD
pOXVcp04Ok6cHSdOq5TpwdJ06HE6dDlOnVdJy6rpOXVdJ04OU6cHSdODpOnB0nTg4nLg6Tl1XKdODlOnQ6TpwdJ06rlOnB0nTocT
pwdJy6rpOXVdJ04OU6cHSdODpOnQ6TpwdJ04OJy4Ok5dVynTg6TpwdJ06rpOnU4oC06amWTTJpqaammppqZamWTTJpkyxaammppq
ZamWTLJpk01NNTTUyyaamWplk0yaammppqaamWplk0yZZNMmmppqaammplqZZNMmmTTU01NMmmplqZZNMmmTTU01NMWmTTUyyZZN
MmmppqaZNNTLUy1NMmmTTJpqaammppqZZMsmmTTU0xaammTTUy1MsmmTTJpqaammplqaamWTLJpk01NNTTJlky000000y0yy0y0y
0000000yy0y0yykhkkkkkkkkhkhhkkkhkhkkkkkkhkhkhhklpppppppppplpllplJDJJJJJJJJDJDJJDJDJJJJJJJJDJDDDJJLTT
TTTTTTLTLTTLTKSSGSSSSSSSGSGGSGSSSSSSSSGGGSGSSGSWmmmmmmmmWmWWmWmWmmmmmmmmWmWmmqAyAeU6cnFOnU6k6cXJOXU5
Jy5OpOXJyTpydSdOTqTp1OpOnFyTp1OSdOTinLqck5cnUnTk6k6cnUnTqdSdOp1J04uScupyTlydScuTknTqck6cnUnTk6k6dTqT
pxck6dTqTl1OScuTqTpydSdOTqTp1OpOnFyTp1OpOnFyTl1OScuTqTlyck6cnUnTk6k6dTqTpxck6dTqTp1OpOXJ1VtTlydE6cnU
nTk6k6dTknTqck6dTonLqck5cnUnTk6k5dTonTk5J05OSdOp1J04uSdOpyTlyck5cnROnJ1J05OpOnU5Jy5OpOnU5J06nROXU5Jy
5OpOnJyTpyck6cnJOnU6k6cXJOnU5J05OKcuTknLk6J05OpOnJ1J06nJOnU5J06nROXU5Jy5OpOnJyTpydSdOTknTk5J06nUnTi5
J06nJOXJyTlydE6dThUCyAdNEkMMMMkkkkkkkkkkMsstNNMtNNNNNNNMtIYYYZJJJJJIZJJJJIYYYZIZJJJJJJJIYYaZZZZaaaaa
aaaaaZZQwyQySSQySSSSSQyQwyQySSSSQySSSSSQyyy0000000000y000hhkhkkkkkkkkkkhhhhkkkkkkkkkkkkhkhlplppppppp
pppppllllpppppphAxAPsxQVkmU1m5RGnFACye2YBAEEAAf/AAAJDwYB9eAAAAAAA+4KCgoKFBQUKFBAQAAAAAAAb6pIQAAOAAA2
AADAAAIBFMJpoDTEI/VVAP9qqlUaeiBTCaaA0xBtqqU0ZNMTJoISqmTTAEwKVVP/VUKe/aqoAHwVQKZn8ZCYCYHM5kJkJlMzmAmQ
mBzGZCZCYHM5kJkIgczmAmQmBzOZCYCYHM5kJkJlMTmQmQmBzOZCJCYHM5kJkJlMzmQmQmUzOYCZCYHM5kJgJlMzmQmQmBzOJCZC
YHM5kJgJgczmQmQmUzOYCZCYHMZkJkJgczmQmQiBzOYCZCYHE5kJkJgczmQmAmBzOZCZCZTE5kJkJgczmQiQmBzOZCZCZTM5gJkJ
gczmQmAmUzOZCZCYHM4kJkJgczmQmAmBzOZCJCYHM5kJkJlMzmAmQmBzGZCZCYHM5kJkIgczmAmQmBzOZCYCYHM5kJkJlMTmQmQm
BzOZCJCYHM5kJkJlMzmQmQmUzOYCZCYHM5kJkJgczmQmQmBzOZCZCYHM5kJkJgczmQmQmBzOZCZCYHM5kJkJgczmQmQmBzOZCZCY
HM5gJkJgczmQmQmBzOZCZCYHM5kJkJgczmQmQmBzOZCZCYHM5kJkJgczmQmQmBzOZCZCYHM5kJkJgcTmQmQmBzOZCYCYHM5kIkJg
czmQmQmUzOYCZCYHM5kJgJlMzmQmQmBzOJCZCYHM5kJgJgczmQmQmUzOYCZCYHMZkJkJlMzmQmQmBzOZCZCIHM5gJkJgczmQmAmB
zOZCZCZTE5kJkJgczmQiQmBzOZCZCZTM5gJkJgczmQmAmUzOZCZCYHM4kJkJgcziQmQmBzOZCYCYHM5kJkJlMzmAmQmBzGZCZCYH
M5kJkIgczmAmQmBzOZCYCZDwhSX+KqQfCikvyPqPR0frO/6d3/bu/07v/Hd/jukkkkl0kkkkkl0l0kkkkkkkkkkukkkkkkl0ukkk
kkkkkkkkkukkkkkl0kukkkkldddddeFS6OjR0dHR0dd07p3SSSSSSSSSXSSSSSS6SXSSSSSSSSSSSSXSSSSSS6SSSSSSSSSSSSXS
SSSSSSXXSSSfgqXDhw+Rw6Ojo6Ojkkkkkkkkkkkkkl0kkkkkkkkkkkkkkkkkkkl0kkkkkkkkkkkkkkkkkkkl0kkkkn3u4ch0dHR9
R0dHR0dHXOuuupJJJJJJJJJJJJJJJJdJdLpJJJJJJJJJJJJJJJLpLpLpJJJJJJJJJJJJJJJJLp87uHJ3TundR0fcdHDhw6666666
6665yXSSSSSSSSSSSSSSSSSSS6SSSSSSSSSSSSSSSSSSSS6S6SSSSSSSV111111119QK6Ojo6Ojo+u6d07p3SSSS6SSSSSSS6SXS
SSSSSSSSSS6SSSSSXSXSSSSSSSSSSSSS6SSSSSXSSSSSSSTrrr5gV8R0dHR0dHR0enTukkkkkukkkkkkkkkkl0kkkkkkkkkkkl0k
kkkkkkukkukkkkkkkkkkukkkkkl0l0kk8d3KXh4eHh6PR6PR4evXr16zMzMzMzMzMzMzN2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZm
ZmZmZmZmZmZmZmZmbszMzMz169Spej0ej0ej0ej0ejzN2ZmZuzMzMzMzMzMzMzMzM3Zm7M3ZmZmZmZmZmZmZmZmZmZmbszdmZmZm
ZmZmZmZmZmZnrPXr16+3r14Cej0ej0ejw8du7szMzMzMzdmZmZmZmZmZmZmZmZmZmZmZuzN2ZmZmZmZmZmZmZmZmZmZmZm7M3ZmZ
mZmZmZmZmZmZ5d07v8d07ru6d07qPyOHR6Oj4jo4dHR0dHDo/I6OjRw6Ojo6OHR+g6Ojo+R0dHR0cOj7jo6Ojo+o6Ojo6Oj6jo6O
jo6PuOjo6Oj5jh0dHR0cP0jo6OjRw6Ojo6OHR+R0dHwOHR0dHRx07s7pmZmZn5Jk8JLpJJ+SeUkkl31JPSSST4kk9pJJ7SST4kk9
JJJPvSTykkkn5J4S6SSbrszMzdn5Jk8JJJJPy6eUkkk+pJ6S6ST4kk9pJJ7SST4kk9JJJPqSeUl0kn5J4SSSTJmZmZn5Jk8dJJJJ
+SeUkukn1JPSSST4l3+fz+fH8/n8/n89v5/JJ8SSeukl0n1JPKSSSfl08JJJJkzN2ZmfkmTwkkl0n5J5SSST6ku9JJJPiST2kknt
JJPiST0kkk+pLvKSSSfknhJJdJkzMzMz8l2Twkkkk/JPKXSST6knpJJLvnSSe0kk9pJJ8SSekukk+pJ5SSSXfknhJJJMm7MzMz8k
yeEkukk/JPKSSSfV0npJJJ8SSe0kk9pJJ8SSekkkn1dJ5SSST8k8JLpJMmZmZm78k3Twkkkk/Jd5SSST6knpJdJPiST2kkntJJPi
ST0kkk+pJ5SS6SfknhJJJMmZmZmfkmTwukkkn5J5SSXSfUk9JJJPiST2kkntJJPiST0kkun1JPPSSST8l3hJJJMmZmbsz8kyeEkk
ku/JPKSSSfUk9LpJJ8SSe0kk9pJJ8SSekkkn1JPKXSST8k8JJJLsmZmZmfkmXeEkkkn5J5SXSSfUk9JJJPi6Se0kk99JJPiST0ku
kn1JPKSSSfuk8JJJJkzdmZmfkmTwkkukn5J5SSST6l09JJJPiST2kkntJJPiST0kkk+pdPKSSSfknhJLpJu6ZmZmZ+6TJ4SSSSfu
k89JJJPqSekkuk+JJPaSSe0kk+JJd6SSSfUk8pJLpPyTwkkkmf84HO4OoqogHsVUQD0+GAmQmAlbJbJbJtktktktktkgmQmAmQmQ
iQmQmAmQS2S2S2TbJbJbJbJbKQmAmQmQiQmQmQmAmQmQmQmAmQmQmQmQmQS2S2S2S2S2S2S2S2S2S2S2S2S2S2S2S2SCZCZCZCZC
YCZCZCZCYCZCZCJCZCYCZCZCZCZCYCZCZCZCZCZCYCZCZCZCJCZCYCZCZBLZlszSaSyaTSaZpNJpNJpNJpLJpNJpNJZNJpNJpmk0
mk0mk0lk0mk0mk0lk0mk0zSaTSaTSaTSaTSaTSaTSaTSaTSaTSaTSaTSaTSaTSWTSaTSWTSaTSaSyaTSaTTNJpNJpNJpLJpNJpNJ
pLJpNJpNJJJkkkkkkkkkkmSSSSSZJJJJJJJJJJkkkkkkmSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSZJJJMkkkkkySSSSSSSSSTJJJJ
JJMkkkttrZf1bi4jFrDFrRqa0YtaMWtGprRi1hi1oxa0Ys0YtYYtaNTWGLWjFrRqa0YtYYtaNTWjFrRi1oxa0amtGLWGLWjFrRiz
Ri1o1NYYtaMWtGprRi1oxawxa0amtGLWjFrRqa0YtYYtaMWtGLNGLNGLWjFrRi1oxa0YtaMWtGLWjFrRi1oxa0YtaMWtGLWjFrRi
1oxa0YtaMWtGLWjFrRi1o1NaMWtGLNGLWjU1hi1oxa0amtGLWGLWjU1hi1oxa0YtaNTWjFrDFrRi1oxZoxa0amsMWtGLWjFrRqa0
YtYYtaNTWjFrRi1oMpnDgRRGcwxDMMwzDTSaSyaTSaSyaSyaTSaZpNJpNJpNJpLJpNJpNJZNJpNJpmk0mk0mk0lk0mk0mk0mk0mk
0mk0mk0mk0mk0mk0mk0mk0mk0mk0mk0lk0mk0zSaSyaTSaTSWTSaTSaSyaTSaTTNJpNJpNJpJJJJJJJkkkkySTJJJJJJJJJJMkkk
kkySSSSSSSSSTJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJMkkkkkmSSSSZJJJJJkkkkkkkkklttHwqh/y1lqmstU1pqmssLWWFmWFrL
VNZaprLC1lhay1TWWqa0wtZZTWWFrLC1lqmstU1pqmssLWWFmWFrLC1lqmstU1lhaywtZaprTC1llNZYWssLWWqaywtZaprTVNZY
WssLMsLWWqay1TWWFrLC1lqmstU1phaywtZYWssLWWFrLC1lhaywtZYWssLWmFrLC1lhaywtZYWssLWWFrLC1lhaywtZYWstU1lh
ay1TWmFrLKaywtZYWstU1lqmtNU1lqmssLWWFmWFrLVNZaprLC1lhay1TWmFrLKaywtZYWssLWWqay1TWmqaywtZYWZYWstFUl8K
ocSSTJJJJJJJJJMkkkkkkySSSSSSSSTJJJJJJJMkkkkkkkkkySSSSSSSSSZJJJJJJJJJJJJJMkkkkkkySSSSSSSSTJJJJJJJMkkk
lttbNqof+LuSKcKEg6KHYpA=
""")
SMALL = b'BZh91AY&SY\xf0R&\r\x00\x00:\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xb0\x00\xfbK\x12`\x00\x98\x00\t\x80\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\t~\xa4\xc4\xc0L\x00\x00\x00\x00\x00\x02`\x00\x00\x00\x00\x00\x00\x00#\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00F\x98;\xfdT4\x13ML\xc9\xa9\xe4\x9e\xa0\xc9\xa0\x06\x04\x00`FC\x08\x0c\x9b\x14\xc0\x991\x1e\xa7\xa8\x1e\xa1\xea=\xa4\x86\x98\x83\x13A\x93M\x01\xa6\x83M4\xc2\x18\x98\x99\x18FM\x1a12\x1944\x19\x1a\x01\xa6\x8c\x8d\x18Fa\xca\x96.A\x83&\x8d\xad\x1c[;\x80\\]<}y\x06\x05\n%\xfc\x12<\x1e\x13\x0b\x86`afb*Q@$l\x01!8T\n\x87@\n\nJ\x8a\xcb\x0bK\x8b\xcc\x0cL\x8c\xcd\x1b\x006\x16789:;<=>\xfd\x1f\xa0 \xa1!\xa2"\xa3#\xa4$\xa5%\xa6&\xa7\'\xa8(\xa9)\xaa$J\x9bN\xf0\xf3\x94)|\xf6\xf8\xfb\xa8~\x7f\xd4\xc0@\xc1j\xb5i\xf6AA\xe1\xadR5\xe5\xc2\x92\x83bH\xd0\x10\x15\r\x9a\xb0\x8cg\t\x07\x0e\x9b\x07F\xd4\xb0H|\xd0X\x15\x9f\tM\x07px\x1f2\t0\x10\x04!a\x00\xd9\x80\x98\x80x"8\x00x \x02\xe0\x80\x08=\x00\xb24\x02\xd0+\xdb\xe3\xef\xef\xf8\xfc\xff\x01\x03\x05\x07\t\x0b\r\x0f\x11\x13\x15\x17\x19\x1b\x1d\x1f!#%\')+-/13579;=?ACEGIKMOQSUWY[]_acegikmoqsuwy{}\x7f\x81\x83\x85\x87\x89\x8b\x8d\x8f\x91\x93\x95\x97\x99\x9b\x9d\x9f\xa1\xa3\xa5\xa7\xa9\xab\xad\xaf\xb1\xb3\xb5\xb7\xb9\xbb\xbd\xbf\xc1\xc3\xc5\xc7\xc9\xcb\xcd\xcf\xd1\xd3\xd5\xd7\xd9\xdb\xdd\xdf\xe1\xe3\xe5\xe7\xe9\xeb\xed\xef\xf1\xf3\xf5\xf7\xf9\xfa.\xe4\x8ap\xa1!\xe0\xa4L\x1a'
RUNS = b'BZh51AY&SYn\xe4?E\x00\x00\x01A\x01\xe0\x00?\x80\x00\x80\x00\x08 \x00!\x8ay#L \x1ai\xa1\xcb\xa0\xcafWNXI\x15\xf0\x0e(\xf8t]\xc9\x14\xe1BA\xbb\x90\xfd\x14'
RUNS_TEXT = b"a" * 3 + b"b" * 4 + b"c" * 5 + b"d" * 255 + b"e" * 256 + b"f" * 1000 + b"g"
SMALL_TEXT = b"The quick brown fox jumps over the lazy dog. " * 3 + bytes(range(256))
TEXT = text()

print(len(BIG), bz2.decompress(BIG) == TEXT)
print(bz2.decompress(SMALL) == SMALL_TEXT, bz2.decompress(RUNS) == RUNS_TEXT)
print(bz2.decompress(SMALL + RUNS + SMALL) == SMALL_TEXT + RUNS_TEXT + SMALL_TEXT)

# Whole input at once.
d = BZ2Decompressor()
print(d.eof, d.needs_input, d.unused_data)
out = d.decompress(BIG)
print(out == TEXT, d.eof, d.needs_input, d.unused_data)
try:
    d.decompress(b"more")
except EOFError as e:
    print("EOFError", e)

# Unused data after the end, given at once and later.
d = BZ2Decompressor()
print(d.decompress(SMALL + b"trailing junk") == SMALL_TEXT, d.eof, d.unused_data)
d = BZ2Decompressor()
print(d.decompress(SMALL + SMALL[:10]) == SMALL_TEXT, d.unused_data == SMALL[:10])

# Byte by byte, and in pieces of several sizes.
for step in (1, 7, 100, 4096):
    d = BZ2Decompressor()
    parts = []
    needs = set()
    for i in range(0, len(BIG), step):
        parts.append(d.decompress(BIG[i:i + step]))
        needs.add(d.needs_input)
    print(step, b"".join(parts) == TEXT, d.eof, sorted(needs), d.unused_data)

# max_length: at most that much each time; needs_input says whether more input is wanted.
d = BZ2Decompressor()
first = d.decompress(BIG[:len(BIG) - 64], max_length=100)
print(len(first), d.needs_input, d.eof)
second = d.decompress(b"", max_length=100)
print(len(second), d.needs_input)
parts = [first, second, d.decompress(BIG[len(BIG) - 64:], max_length=100)]
steps = 0
while not d.eof:
    chunk = d.decompress(b"", max_length=50000)
    assert len(chunk) <= 50000
    parts.append(chunk)
    steps += 1
print(b"".join(parts) == TEXT, steps, d.needs_input)

d = BZ2Decompressor()
print(d.decompress(SMALL[:100], max_length=0), d.needs_input)
a = d.decompress(b"", 2)
b = d.decompress(SMALL[100:105], 15)
c = d.decompress(SMALL[105:])
print(len(a), len(b), a + b + c == SMALL_TEXT, d.eof)

d = BZ2Decompressor()
a = d.decompress(RUNS, 10)
print(a, d.needs_input, d.eof)
rest = d.decompress(b"", -1)
print(a + rest == RUNS_TEXT, d.eof, d.needs_input)

# Truncated input: no error from the decompressor, it waits; bz2.decompress complains.
d = BZ2Decompressor()
print(d.decompress(SMALL[:-10]) == b"", d.needs_input, d.eof)
try:
    bz2.decompress(SMALL[:-10])
except ValueError as e:
    print("ValueError", e)
print(bz2.decompress(b""))

# Invalid data.
for bad in (b"this is not a valid bzip2 file", b"BZh0", b"BZhA", b"BZh9\x31\x41\x59\x26\x53\x58", b"BZh9\x99"):
    d = BZ2Decompressor()
    try:
        d.decompress(bad)
        print("no error", d.needs_input)
    except OSError as e:
        print(type(e).__name__, e)
print(BZ2Decompressor().decompress(b"BZ"), BZ2Decompressor().decompress(b"BZh9"))

# A wrong block CRC and a wrong stream CRC.
broken = bytearray(SMALL)
broken[10] ^= 1
try:
    bz2.decompress(bytes(broken))
except OSError as e:
    print("OSError", e)
broken = bytearray(SMALL)
broken[-2] ^= 1
try:
    bz2.decompress(bytes(broken))
except OSError as e:
    print("OSError", e)
try:
    bz2.decompress(SMALL + b"junk that is not bzip2")
    print("junk ignored")
except OSError as e:
    print("OSError", e)
print(bz2.decompress(SMALL + b"\0" * 10) == SMALL_TEXT)

# Arguments.
d = BZ2Decompressor()
for args in [(), ("text",), (b"", "a"), (b"", 1, 2)]:
    try:
        d.decompress(*args)
    except TypeError as e:
        print("TypeError", e)
print(d.decompress(data=b"", max_length=-5))
for args, kw in [((1,), {}), ((), {"a": 1})]:
    try:
        BZ2Decompressor(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
d = BZ2Decompressor()
d.decompress(SMALL[:50])
d.__init__()
print(d.eof, d.needs_input, d.unused_data, d.decompress(SMALL) == SMALL_TEXT)
try:
    class Sub(BZ2Decompressor):
        pass
except TypeError as e:
    print("TypeError", e)

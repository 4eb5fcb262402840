package book_test

import (
	"fmt"

	"github.com/regulavenue/regula/engine/book"
)

func ExampleBook_Submit() {
	b, err := book.New(book.Spec{TickSize: 5, LotSize: 10}, nil)
	if err != nil {
		panic(err)
	}
	var out []book.Event // reused across calls: the hot path allocates nothing
	out = b.Submit(book.Order{ID: 1, Account: 7, Side: book.Sell, Kind: book.Limit, TIF: book.GTC, Price: 1000, Qty: 50}, 1, out[:0])
	out = b.Submit(book.Order{ID: 2, Account: 8, Side: book.Buy, Kind: book.Limit, TIF: book.IOC, Price: 1005, Qty: 80}, 2, out[:0])
	for _, e := range out {
		fmt.Println(e.Kind, e.OrderID, e.Price, e.Qty, e.Remaining, book.ReasonName(e.Code))
	}
	// Output:
	// accepted 2 1005 80 80 none
	// fill 2 1000 50 30 none
	// cancelled 2 1005 30 0 ioc_remainder
}

func ExampleBook_Indicative() {
	b, _ := book.New(book.Spec{TickSize: 1, LotSize: 1, RefPrice: 100}, nil)
	b.SetMode(book.Auction, 0, nil)
	b.Submit(book.Order{ID: 1, Account: 1, Side: book.Buy, Kind: book.Limit, TIF: book.GTC, Price: 105, Qty: 10}, 0, nil)
	b.Submit(book.Order{ID: 2, Account: 2, Side: book.Buy, Kind: book.Limit, TIF: book.GTC, Price: 100, Qty: 5}, 0, nil)
	b.Submit(book.Order{ID: 3, Account: 3, Side: book.Sell, Kind: book.Limit, TIF: book.GTC, Price: 100, Qty: 10}, 0, nil)
	b.Submit(book.Order{ID: 4, Account: 4, Side: book.Sell, Kind: book.Limit, TIF: book.GTC, Price: 105, Qty: 5}, 0, nil)
	price, volume, surplus, ok := b.Indicative()
	fmt.Println(price, volume, surplus, ok)
	for _, e := range b.SetMode(book.Continuous, 0, nil) {
		fmt.Println(e.Kind, e.Price, e.Qty)
	}
	// Output:
	// 101 10 0 true
	// fill 101 10
	// uncrossed 101 10
	// mode_changed 0 0
}
